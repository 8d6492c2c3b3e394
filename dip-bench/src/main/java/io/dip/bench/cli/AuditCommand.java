package io.dip.bench.cli;

import io.dip.bench.audit.Audit;
import io.dip.bench.audit.AuditReport;
import io.dip.bench.audit.AuditSettings;
import io.dip.bench.audit.ControllerAudit;
import io.dip.bench.report.JsonReport;
import io.dip.bench.report.LatencyPlot;
import io.dip.bench.report.MarkdownReport;
import io.dip.sim.cli.ExitCodes;
import io.dip.sim.cli.Interruption;
import io.dip.sim.cli.OutputFile;
import io.dip.sim.cli.OutputFormat;
import io.dip.sim.cli.PluginOptions;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.realtime.IdleStrategy;
import io.dip.sim.runtime.PluginRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dip audit}: the memory and latency audit of every registered controller (or those named), printed as
 * Markdown and optionally written as Markdown, JSON and a latency-histogram PNG. Exit code 1 when a controller
 * holds what the allow-list rejects, allocates on the hot path, grows, or fails a check.
 */
@Command(name = "audit", description = {
    "Audit controllers for memory and latency: what they hold (the allow-list on their classes, a plugin's with "
            + "the classes of its jar, and on their objects), bytes per computeControl and per "
            + "closed-loop step, live-heap growth over a long run (default 10 simulated hours), retained size, "
            + "latency percentiles, collections, "
            + "leak and clean-up checks, a run under the Epsilon collector in a child JVM, and a paced real-time "
            + "loop at 100 Hz and 1 kHz.",
    "Exit code 0 when every controller passes, 1 when one holds what the allow-list rejects, allocates, grows or "
            + "fails a check."})
public final class AuditCommand implements Callable<Integer> {

    @Option(names = "--controller", paramLabel = "NAME",
            description = "Controller to audit (repeatable); default: every registered controller.")
    private List<String> controllers = new ArrayList<>();

    @Mixin
    private PluginOptions plugins;

    @Option(names = "--hours", paramLabel = "H",
            description = "Simulated hours of the long run at dt 0.01 s (default 10, or 1 with --quick).")
    private Double hours;

    @Option(names = "--quick", description = "Short form for CI (about a minute): 1 h long run, 1 s paced runs.")
    private boolean quick;

    @Option(names = "--idle", paramLabel = "STRATEGY", defaultValue = "sleep",
            description = "Idle strategy of the paced loop: sleep, yield or busy-spin (default ${DEFAULT-VALUE}).")
    private String idle;

    @Option(names = "--no-epsilon", description = "Skip the Epsilon-GC child-JVM run.")
    private boolean noEpsilon;

    @OutputFile(OutputFormat.MARKDOWN)
    @Option(names = "--md", paramLabel = "FILE.md", description = "Also write the report as Markdown.")
    private Path markdown;

    @OutputFile(OutputFormat.JSON)
    @Option(names = "--json", paramLabel = "FILE.json", description = "Also write the report as JSON.")
    private Path json;

    @OutputFile(OutputFormat.PNG)
    @Option(names = "--plot", paramLabel = "FILE.png", description = "Write the latency histograms as a PNG.")
    private Path plot;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        AuditSettings settings = AuditSettings.standard(hours, quick, IdleStrategy.parse(idle), !noEpsilon);
        PrintWriter out = spec.commandLine().getOut();
        PrintStream progress = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        Cancellation stop = new Cancellation();
        try (Interruption interruption = Interruption.install(() -> {
            stop.cancel();
            // the allocation and Epsilon probes run in child JVMs: end them now rather than at their end
            ProcessHandle.current().children().forEach(ProcessHandle::destroyForcibly);
        })) {
            AuditReport report;
            try (PluginRegistry registry = plugins.openRegistry()) {
                report = Audit.run(registry, controllers, settings, plugins.pluginsDirectory(), progress, stop);
            }
            int code = write(report, out);
            interruption.report(spec.commandLine().getErr(), "the report covers the " + report.controllers().size()
                    + " controller(s) audited before; not audited: " + String.join(", ", report.notAudited()));
            return code;
        }
    }

    /** Prints the report, writes the files asked for, and gives the exit code of its verdict. */
    private int write(AuditReport report, PrintWriter out) throws IOException {
        out.print(MarkdownReport.render(report));
        if (markdown != null) {
            MarkdownReport.write(report, markdown);
            out.println("\nMarkdown report: " + markdown);
        }
        if (json != null) {
            JsonReport.write(report, json);
            out.println("JSON report: " + json);
        }
        if (plot != null) {
            LatencyPlot.write(report, plot);
            out.println("Latency histograms: " + plot);
        }
        out.println();
        out.println("audit: " + report.status() + failingNames(report));
        out.flush();
        return report.passed() ? ExitCodes.OK : ExitCodes.RUNTIME_FAILURE;
    }

    private static String failingNames(AuditReport report) {
        List<String> failing = new ArrayList<>(report.controllers().stream().filter(c -> !c.passed())
                .map(ControllerAudit::name).toList());
        failing.addAll(report.holding().failing());
        return failing.isEmpty() ? "" : " (" + String.join(", ", failing) + ")";
    }
}
