package io.dip.sim.testing;

import io.dip.sim.cli.CommonOptions;
import io.dip.sim.cli.DipCommand;
import io.dip.sim.cli.DipContext;
import io.dip.sim.cli.ExitCodes;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * A {@link DipCommand} registered on the test class path: {@code dip fixture} opens the context and prints the
 * plant, or fails in the way asked for.
 */
public final class FixtureCommand implements DipCommand {

    @Override
    public String name() {
        return "fixture";
    }

    @Override
    public Object command() {
        return new Run();
    }

    /** The picocli command. */
    @Command(name = "fixture", description = "Test command: open the context, or fail on purpose.")
    static final class Run implements Callable<Integer> {

        @Mixin
        private CommonOptions common;

        @Option(names = "--fail", description = "Fail with a runtime error.")
        private boolean fail;

        @Option(names = "--crash", description = "Fail with an unexpected error.")
        private boolean crash;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            if (fail) {
                throw new IllegalStateException("the run diverged at t = 1.5 s");
            }
            if (crash) {
                Object nothing = null;
                return nothing.hashCode();
            }
            try (DipContext context = common.openContext()) {
                spec.commandLine().getOut().println("plant " + context.config().simulation().plant());
            }
            return ExitCodes.OK;
        }
    }
}
