package io.dip.sim.cli;

/**
 * A sub-command of {@code dip} contributed by a module, found with {@link java.util.ServiceLoader} (list the
 * implementation in {@code META-INF/services/io.dip.sim.cli.DipCommand}; it needs a public no-argument
 * constructor).
 *
 * <p>The command object is a picocli {@code @Command}-annotated {@code Callable<Integer>} or {@code Runnable}
 * (or a {@code CommandLine}). Reuse {@link CommonOptions} as a {@code @Mixin}, write output to
 * {@code spec.commandLine().getOut()}, and throw on failure: {@link ExitCodes} turns the exception into the exit
 * code and a one-line message. A {@code -h/--help} option is added when the command has none.
 */
public interface DipCommand {

    /** @return the sub-command name, e.g. {@code audit}; unique among all commands */
    String name();

    /** @return a new picocli command object (called once per command line) */
    Object command();
}
