package io.dip.sim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.config.MonteCarloSettings;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.metrics.Metric;
import io.dip.sim.montecarlo.MonteCarloReport;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.montecarlo.Statistic;
import io.dip.sim.plot.HistogramPlot;
import io.dip.sim.recording.JsonFiles;
import io.dip.sim.recording.Recorder;
import io.dip.sim.recording.RecorderFactory;
import io.dip.sim.setup.MonteCarloFactory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dip montecarlo}: a Monte Carlo study of one controller (MODEL.md §9) — plants drawn with the
 * {@code physics_uncertainty} δ, initial states drawn within {@code ±montecarlo.initial_state_range} — run in
 * parallel, each run with its own controller; the report (success rate; n, mean, std and 95 % confidence interval of
 * every measure) is the same for the same seed whatever the number of threads.
 */
@Command(name = "montecarlo", sortOptions = false,
        description = "Run a Monte Carlo study of one controller: drawn plant parameters and initial states, in "
                + "parallel. Prints the success rate and mean, std and 95%% CI of each measure; the same seed gives "
                + "the same report whatever --threads. Flags override the configuration file.")
public final class MonteCarloCommand implements DipCommand, Callable<Integer> {

    @Mixin
    private ControllerOptions controller;

    @Option(names = "--runs", paramLabel = "N",
            description = "Number of runs. Default: montecarlo.runs, built in 100.")
    private Integer runs;

    @Mixin
    private ScenarioOptions scenario;

    @Mixin
    private ThreadOptions threads;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the report as JSON: configuration, study settings, status counts, statistics and "
                    + "every run's draws and measures.")
    private Path json;

    @Mixin
    private AnimationOptions animation;

    @Option(names = "--plot", paramLabel = "FILE.png",
            description = "Write a histogram of one measure over the successful runs to this PNG.")
    private Path plot;

    @Option(names = "--plot-metric", paramLabel = "MEASURE", defaultValue = "ise",
            description = "The measure of the histogram: ise, settling_time, overshoot, peak_control, "
                    + "chattering_index or cost. Default: ${DEFAULT-VALUE}.")
    private String plotMetric;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on stderr (default: when run from a terminal).")
    private Boolean progress;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    /** The service instance, found by {@link DipCli}; also the picocli command object. */
    public MonteCarloCommand() {
        // picocli fills the fields
    }

    @Override
    public String name() {
        return "montecarlo";
    }

    @Override
    public Object command() {
        return new MonteCarloCommand();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Metric histogram = metric(plotMetric);
        animation.validate();
        FlagOverrides flags = scenario.overrides().put(MonteCarloSettings.SECTION + ".runs", "--runs", runs);
        try (ScenarioContext context = ScenarioContext.open(common, flags)) {
            MonteCarloStudy study = MonteCarloFactory.study(context.config(),
                    context.baseScenario(controller.resolve(context.registry())));
            BatchRunner runner = threads.runner();
            boolean showProgress = progress != null ? progress : System.console() != null;
            MonteCarloReport report;
            long steps = 0;
            try (RunProgress bar = RunProgress.open("montecarlo " + study.base().name(), study.runs(),
                    showProgress)) {
                long start = System.nanoTime();
                RecorderFactory counting = bar.recorders();
                Recorder first = animation.record(study.scenarios().get(0), counting.create(0));
                List<SimulationResult> results = runner.run(study.scenarios(),
                        index -> index == 0 ? first : counting.create(index), new Cancellation());
                report = MonteCarloReport.of(study, results, System.nanoTime() - start);
                for (SimulationResult result : results) {
                    steps += result.steps();
                }
            }
            if (json != null) {
                ObjectNode document = report.toJson();
                document.set("config", ConfigJson.of(context.config()));
                JsonFiles.write(document, json);
            }
            print(report, runner.threads(), steps, out);
            if (json != null) {
                out.println("wrote " + json);
            }
            if (plot != null) {
                if (report.successes() == 0) {
                    out.flush();
                    throw new IllegalStateException("no run succeeded: no histogram to write to " + plot);
                }
                HistogramPlot.write(report, histogram, plot);
                out.println("wrote " + plot);
            }
            if (animation.requested()) {
                animation.write();
                out.println("wrote " + animation.target() + " (run 0)");
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static Metric metric(String key) {
        List<String> keys = new ArrayList<>();
        for (Metric m : Metric.values()) {
            if (m.key().equals(key)) {
                return m;
            }
            keys.add(m.key());
        }
        throw new IllegalArgumentException("--plot-metric must be one of " + String.join(", ", keys) + ", got '"
                + key + "'");
    }

    private static void print(MonteCarloReport report, int threadCount, long steps, PrintWriter out) {
        MonteCarloStudy study = report.study();
        out.printf(Locale.ROOT, "Monte Carlo study of %s: %d runs, seed %d, %d thread(s)%n", report.controller(),
                study.runs(), study.seed(), threadCount);
        List<String> failures = new ArrayList<>();
        for (Map.Entry<StopStatus, Integer> count : report.statusCounts().entrySet()) {
            if (count.getKey() != StopStatus.COMPLETED && count.getValue() > 0) {
                failures.add(count.getKey() + " " + count.getValue());
            }
        }
        out.printf(Locale.ROOT, "success rate: %.1f %% (%d of %d completed%s)%n", 100 * report.successRate(),
                report.successes(), study.runs(), failures.isEmpty() ? "" : "; " + String.join(", ", failures));
        TextTable table = new TextTable("measure", "runs", "mean", "std", "95% CI of the mean");
        for (Metric metric : Metric.values()) {
            row(table, metric.label() + " (successful runs)", report.statistic(metric));
        }
        row(table, Metric.COST.label() + " (all runs)", report.costOfAllRuns());
        table.print(out, "");
        double seconds = report.wallTimeNanos() / 1e9;
        out.printf(Locale.ROOT, "wall time %.3f s, %,.0f steps/s over all threads%n", seconds,
                seconds > 0 ? steps / seconds : 0.0);
    }

    private static void row(TextTable table, String label, Statistic s) {
        table.row(label, Integer.toString(s.n()), ResultTable.significant(s.mean()),
                ResultTable.significant(s.std()),
                "[" + ResultTable.significant(s.ciLow()) + ", " + ResultTable.significant(s.ciHigh()) + "]");
    }
}
