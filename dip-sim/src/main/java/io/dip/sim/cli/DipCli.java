package io.dip.sim.cli;

import io.dip.sim.runtime.PluginException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code dip} command: {@code dip [--verbose] <command> [options]}. Built-in commands are {@code plugins} and
 * {@code config}; every other command is a {@link DipCommand} service.
 */
@Command(name = "dip", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Double-inverted-pendulum control research: sliding-mode controllers as plugins, simulation, "
                + "gain tuning and a memory/latency audit.")
public final class DipCli implements Callable<Integer> {

    /** The commands of dip itself, listed before the discovered ones, in this order. */
    private static final List<Class<?>> BUILT_IN = List.of(PluginsCommand.class, ConfigCommand.class);

    /** Guice reports module failures on java.util.logging as well; dip reports them itself, once. */
    private static final Logger GUICE_LOG = Logger.getLogger("com.google.inject");

    @Option(names = ErrorReporter.VERBOSE, scope = ScopeType.INHERIT,
            description = "Print the stack trace of an error.")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    /**
     * Runs {@code dip} and exits with its code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        if (asksOnlyForTheVersion(args)) {
            System.out.println(String.join(System.lineSeparator(), new VersionProvider().getVersion()));
            System.exit(ExitCodes.OK);
        }
        GUICE_LOG.setLevel(Level.OFF);
        int code;
        try {
            code = commandLine(args).execute(args);
        } catch (PluginException e) {
            PrintWriter err = new PrintWriter(System.err, true);
            err.println("dip: " + e.getMessage());
            code = ExitCodes.USAGE;
        }
        System.exit(code);
    }

    /**
     * {@code dip --version} (or {@code -V}) alone is answered before the command tree is built: it needs no command,
     * and building them (reflection over every command class, service discovery) is most of its start-up.
     */
    private static boolean asksOnlyForTheVersion(String[] args) {
        return args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"));
    }

    /**
     * The command line to execute {@code args} with: every built-in and discovered command, the one-line error
     * reporting and {@code -h/--help} on every command. When {@code args} name a command right after {@code dip}'s
     * own {@value ErrorReporter#VERBOSE}, the tree holds that command alone: the others are neither built nor
     * reflected on, and only they could tell the two trees apart (the list of commands of {@code dip --help} and of a
     * missing or unknown command, and the error on two commands of one name, which all get the whole tree).
     *
     * @param args the command line after {@code dip}; none for the whole tree
     * @return the command line for {@code args}
     * @throws PluginException when a {@link DipCommand} service cannot be loaded or two commands share a name
     */
    public static CommandLine commandLine(String... args) {
        List<DipCommand> discovered = discoverCommands();
        String invoked = invokedName(args);
        List<String> names = new ArrayList<>();
        BUILT_IN.forEach(type -> names.add(nameOf(type)));
        discovered.forEach(command -> names.add(command.name()));
        boolean unique = names.size() == new HashSet<>(names).size();
        return build(discovered, unique && names.contains(invoked) ? invoked : null);
    }

    /** @return the first argument that is not {@value ErrorReporter#VERBOSE}, or null when there is none */
    private static String invokedName(String[] args) {
        for (String arg : args) {
            if (!arg.equals(ErrorReporter.VERBOSE)) {
                return arg;
            }
        }
        return null;
    }

    /** @return the name in the {@code @Command} annotation of a built-in command class */
    private static String nameOf(Class<?> builtIn) {
        return builtIn.getAnnotation(Command.class).name();
    }

    /**
     * @param discovered the {@link DipCommand} services
     * @param only       the one command to build, or null for all
     */
    private static CommandLine build(List<DipCommand> discovered, String only) {
        CommandLine line = new CommandLine(new DipCli());
        for (Class<?> type : BUILT_IN) {
            if (only == null || only.equals(nameOf(type))) {
                line.addSubcommand(type);
            }
        }
        discovered.sort(Comparator.comparing(DipCommand::name));
        for (DipCommand command : discovered) {
            CommandLine existing = line.getSubcommands().get(command.name());
            if (existing != null) {
                throw new PluginException("two dip commands are named '" + command.name() + "': "
                        + existing.getCommandSpec().userObject().getClass().getName() + " and "
                        + command.getClass().getName());
            }
            if (only == null || only.equals(command.name())) {
                line.addSubcommand(command.name(), command.command());
            }
        }
        addHelpOptions(line);
        line.setExecutionStrategy(new CheckedExecution());
        ErrorReporter reporter = new ErrorReporter();
        line.setExecutionExceptionHandler(reporter);
        line.setParameterExceptionHandler(reporter);
        return line;
    }

    private static List<DipCommand> discoverCommands() {
        List<DipCommand> commands = new ArrayList<>();
        Iterator<DipCommand> services = ServiceLoader.load(DipCommand.class, DipCli.class.getClassLoader())
                .iterator();
        try {
            while (services.hasNext()) {
                commands.add(services.next());
            }
        } catch (ServiceConfigurationError e) {
            throw new PluginException("cannot load a dip command: " + e.getMessage()
                    + (e.getCause() == null ? "" : ": " + e.getCause()), e);
        }
        return commands;
    }

    private static void addHelpOptions(CommandLine line) {
        CommandSpec spec = line.getCommandSpec();
        spec.usageMessage().footer(OutputFiles.declaresOutputs(spec)
                ? new String[] {"", OutputFiles.RULES, "", ExitCodes.SUMMARY} : new String[] {"", ExitCodes.SUMMARY});
        if (spec.options().stream().noneMatch(OptionSpec::usageHelp)) {
            List<String> names = new ArrayList<>();
            for (String name : new String[] {"-h", "--help"}) {
                if (spec.findOption(name) == null) {
                    names.add(name);
                }
            }
            if (!names.isEmpty()) {
                spec.addOption(OptionSpec.builder(names.toArray(String[]::new)).usageHelp(true)
                        .description("Show this help message and exit.").build());
            }
        }
        line.getSubcommands().values().forEach(DipCli::addHelpOptions);
    }

    /** Without a command: a usage error listing the commands. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "no command given; choose one of: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
