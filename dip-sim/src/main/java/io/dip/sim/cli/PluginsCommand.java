package io.dip.sim.cli;

import io.dip.api.ParameterSpace;
import io.dip.sim.runtime.PluginInfo;
import io.dip.sim.runtime.PluginRegistry;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dip plugins}: every installed provider, and the gains of every controller. */
@Command(name = "plugins", description = "List the installed controllers, plant models and integrators: kind, name, "
        + "aliases, source (class path or plugin jar) and, for controllers, the gains with defaults and bounds.")
final class PluginsCommand implements Callable<Integer> {

    @Mixin
    private PluginOptions plugins;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (PluginRegistry registry = plugins.openRegistry()) {
            List<PluginInfo> infos = registry.plugins();
            TextTable providers = new TextTable("KIND", "NAME", "ALIASES", "SOURCE", "DESCRIPTION");
            for (PluginInfo info : infos) {
                providers.row(info.kind().label(), info.name(),
                        info.aliases().isEmpty() ? "-" : String.join(", ", info.aliases()), info.source(),
                        info.description());
            }
            providers.print(out, "");
            for (PluginInfo info : infos) {
                if (info.gains() != null) {
                    out.println();
                    out.println("Gains of " + info.kind().label() + " " + info.name() + ":");
                    gainTable(info.gains()).print(out, "  ");
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static TextTable gainTable(ParameterSpace gains) {
        TextTable table = new TextTable("GAIN", "DEFAULT", "MIN", "MAX", "DESCRIPTION");
        for (ParameterSpace.Parameter p : gains.parameters()) {
            table.row(p.name(), Double.toString(p.defaultValue()), Double.toString(p.lower()),
                    Double.toString(p.upper()), p.description() == null ? "" : p.description());
        }
        return table;
    }
}
