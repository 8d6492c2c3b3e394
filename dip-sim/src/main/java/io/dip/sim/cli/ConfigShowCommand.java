package io.dip.sim.cli;

import io.dip.sim.config.DipConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dip config show}: the effective configuration as YAML. */
@Command(name = "show", description = "Print the effective configuration (built-in defaults, then the file, then "
        + "--set overrides) as YAML; the output is itself a valid configuration file.")
final class ConfigShowCommand implements Callable<Integer> {

    @Mixin
    private ConfigOptions config;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        DipConfig effective = config.load();
        Path file = config.configFile();
        PrintWriter out = spec.commandLine().getOut();
        out.println("# effective dip configuration: built-in defaults"
                + (file == null ? "" : ", then " + file)
                + (config.overrides().isEmpty() ? "" : ", then " + config.overrides().size() + " --set override(s)"));
        out.print(effective.toYaml());
        out.flush();
        return ExitCodes.OK;
    }
}
