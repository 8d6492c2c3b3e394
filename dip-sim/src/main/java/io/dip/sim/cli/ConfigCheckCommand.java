package io.dip.sim.cli;

import io.dip.sim.config.DipConfig;
import io.dip.sim.runtime.PluginKind;
import io.dip.sim.runtime.PluginRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dip config check}: validates the configuration against the installed plugins. */
@Command(name = "check", description = "Check the effective configuration against the installed plugins: provider "
        + "names, gain counts, and the physics, integrator options and controller settings the providers accept. "
        + "Prints the providers it resolved.")
final class ConfigCheckCommand implements Callable<Integer> {

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        try (DipContext context = common.openContext()) {
            DipConfig config = context.config();
            PluginRegistry registry = context.registry();
            PrintWriter out = spec.commandLine().getOut();
            out.println("configuration OK" + (context.configFile() == null ? "" : " (" + context.configFile() + ")")
                    + ": plant " + registry.info(PluginKind.DYNAMICS, config.simulation().plant()).name()
                    + ", nominal model " + registry.info(PluginKind.DYNAMICS, config.simulation().nominalModel()).name()
                    + ", integrator " + registry.info(PluginKind.INTEGRATOR, config.simulation().integrator()).name()
                    + ", " + config.controllers().size()
                    + " configured controller(s), " + config.disturbances().size() + " disturbance(s)");
            out.flush();
        }
        return ExitCodes.OK;
    }
}
