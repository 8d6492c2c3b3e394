package io.dip.sim.cli;

import io.dip.api.ParameterSpace;
import io.dip.sim.runtime.PluginInfo;
import io.dip.sim.runtime.PluginRegistry;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dip plugins}: every installed provider, and the gains of every controller. */
@Command(name = "plugins", description = "List the installed controllers, plant models, integrators and hardware drivers: kind, name, "
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
            if (infos.isEmpty()) {
                out.println("no providers installed; add plugin jars with --plugins DIR");
                out.flush();
                return ExitCodes.OK;
            }
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
            table.row(p.name(), number(p.defaultValue()), number(p.lower()), number(p.upper()),
                    p.description() == null ? "" : p.description());
        }
        return table;
    }

    /** @return the value to six significant digits, without trailing zeros: {@code 0.122175}, {@code 5} */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
