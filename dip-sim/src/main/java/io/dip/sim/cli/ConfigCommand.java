package io.dip.sim.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dip config show|check}. */
@Command(name = "config", description = "Show or check the effective configuration.",
        subcommands = {ConfigShowCommand.class, ConfigCheckCommand.class})
final class ConfigCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a sub-command: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "choose one of: "
                + String.join(", ", spec.subcommands().keySet()));
    }
}
