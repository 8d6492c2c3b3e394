package io.dip.sim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.cluster.ClusterBookkeeping;
import io.dip.sim.cluster.ClusterSettings;
import io.dip.sim.cluster.StudyCluster;
import io.dip.sim.cluster.StudyRecipe;
import io.dip.sim.config.MonteCarloSettings;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.metrics.MeasureDefinitions;
import io.dip.sim.metrics.Metric;
import io.dip.sim.metrics.MetricsAccumulator;
import io.dip.sim.montecarlo.MonteCarloReport;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.montecarlo.RunRowsFile;
import io.dip.sim.montecarlo.RunSummary;
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
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dip montecarlo}: a Monte Carlo study of one controller (docs/model.md §9) — plants drawn with the
 * {@code physics_uncertainty} δ, initial states drawn within {@code ±montecarlo.initial_state_range} — run in
 * parallel, each run with its own controller; the report (success rate; n, mean, std and 95 % confidence interval of
 * every measure) is the same for the same seed whatever the number of threads.
 */
@Command(name = "montecarlo", sortOptions = false, footer = MeasureDefinitions.HELP,
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

    @Mixin
    private ClusterOptions clusterOptions;

    @OutputFile(OutputFormat.JSON)
    @Option(names = "--json", paramLabel = "FILE.json",
            description = "Write the report as JSON: configuration, study settings (seed, gains), status counts, "
                    + "statistics and the draws and measures of the first " + MonteCarloReport.RUNS_IN_JSON
                    + " runs.")
    private Path json;

    @OutputFile(OutputFormat.CSV)
    @Option(names = "--rows", paramLabel = "FILE.csv",
            description = "Stream every run's row to this CSV file (index, seed, status, measures, draws, reason); "
                    + "the JSON keeps the first " + MonteCarloReport.RUNS_IN_JSON + " runs.")
    private Path rows;

    @Mixin
    private AnimationOptions animation;

    @OutputFile(OutputFormat.PNG)
    @Option(names = "--plot", paramLabel = "FILE.png",
            description = "Write a histogram of one measure over the successful runs to this PNG.")
    private Path plot;

    @Option(names = "--plot-metric", paramLabel = "MEASURE", defaultValue = "ise",
            description = "The measure of the histogram: ise, settling_time, overshoot, peak_control, "
                    + "chattering_index or cost. Default: ${DEFAULT-VALUE}.")
    private String plotMetric;

    @Mixin
    private LongRunOptions longRun;

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
        Metric histogram = Metric.ofKey(plotMetric);
        FlagOverrides flags = scenario.overrides().put(MonteCarloSettings.SECTION + ".runs", "--runs", runs);
        ClusterSettings cluster = clusterOptions.settings(threads);
        if (cluster != null && animation.requested()) {
            throw new ParameterException(spec.commandLine(), "--animate animates run 0 of a local study; it is not "
                    + "available with --cluster");
        }
        try (ScenarioContext context = ScenarioContext.open(common, flags)) {
            ControllerChoice choice = controller.resolve(context.registry());
            MonteCarloStudy study = MonteCarloFactory.study(context.config(), context.baseScenario(choice));
            Scenario base = study.base();
            longRun.checkSteps(study.runs() * (base.duration() / base.dt()), StepLimit.source("--runs",
                    MonteCarloSettings.SECTION + ".runs", runs != null, study.runs()) + " runs × "
                    + scenario.describeSteps(base.duration(), base.dt()));
            BatchRunner runner = threads.runner();
            Cancellation cancellation = new Cancellation();
            try (Interruption interruption = Interruption.install(cancellation)) {
                MonteCarloReport report;
                StudyCluster onCluster = cluster == null ? null : StudyCluster.installed();
                try (StepProgress bar = StepProgress.open("montecarlo", study.runs() * base.steps(),
                        study.runs(), longRun.showProgress());
                        RunRowsFile rowsFile = rows == null ? null : new RunRowsFile(rows)) {
                    RecorderFactory counting = bar.wrap(RecorderFactory.none());
                    Recorder first = animation.record(study.scenario(0), counting.create(0));
                    report = onCluster == null
                            ? study.run(runner, index -> index == 0 ? first : counting.create(index), cancellation,
                                    rowsFile)
                            : onCluster.monteCarlo(cluster, new StudyRecipe(context.config().toYaml(),
                                    choice.name(), choice.gains()), common.plugins().pluginsDirectory(), study,
                                    cancellation, rowsFile, finished -> bar.runsFinished(finished, base.steps()));
                }
                ClusterBookkeeping bookkeeping = onCluster == null ? null : onCluster.bookkeeping();
                write(context, report, histogram, bookkeeping, bookkeeping == null ? runner.threads() + " thread(s)"
                        : cluster.describe(), out);
                interruption.report(spec.commandLine().getErr(), "the report covers the " + report.runsFinished()
                        + " finished runs of " + study.runs() + (json == null ? "" : "; " + json
                        + " holds them, marked cancelled (runs_cancelled " + report.runsCancelled() + ")"));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void write(ScenarioContext context, MonteCarloReport report, Metric histogram,
                       ClusterBookkeeping bookkeeping, String where, PrintWriter out) {
        if (json != null) {
            ObjectNode document = report.toJson(rows);
            if (bookkeeping != null) {
                document.set("cluster", JsonFiles.mapper().valueToTree(bookkeeping.describe()));
            }
            document.set("config", ConfigJson.of(context.config()));
            JsonFiles.write(document, json);
        }
        print(report, where, out);
        if (bookkeeping != null) {
            out.println(bookkeeping.summary());
        }
        for (Path written : new Path[] {rows, json}) {
            if (written != null) {
                out.println("wrote " + written);
            }
        }
        if (plot != null) {
            if (report.histogram(histogram).count() == 0) {
                out.flush();
                throw new IllegalStateException("no successful run has a " + histogram.key()
                        + ": no histogram to write to " + plot);
            }
            HistogramPlot.write(report, histogram, plot);
            out.println("wrote " + plot);
        }
        if (animation.requested()) {
            animation.write();
            out.println("wrote " + animation.target() + " (run 0)");
        }
        out.flush();
    }

    private static void print(MonteCarloReport report, String where, PrintWriter out) {
        MonteCarloStudy study = report.study();
        out.printf(Locale.ROOT, "Monte Carlo study of %s: %d runs, seed %d, %s%n", report.controller(),
                study.runs(), study.seed(), where);
        if (report.cancelled()) {
            out.printf(Locale.ROOT, "CANCELLED: %d of %d runs finished; the figures below cover those%n",
                    report.runsFinished(), study.runs());
        }
        List<String> failures = new ArrayList<>();
        for (Map.Entry<StopStatus, Long> count : report.statusCounts().entrySet()) {
            if (count.getKey() != StopStatus.COMPLETED && count.getKey() != StopStatus.CANCELLED
                    && count.getValue() > 0) {
                failures.add(count.getKey() + " " + count.getValue());
            }
        }
        out.printf(Locale.ROOT, "success rate: %s (%d of %d completed%s)%n",
                report.runsDone() == 0 ? ResultTable.NOT_APPLICABLE
                        : String.format(Locale.ROOT, "%.1f %%", 100 * report.successRate()),
                report.successes(), report.runsFinished(), failures.isEmpty() ? "" : "; " + String.join(", ", failures));
        for (RunSummary run : report.keptRuns()) {
            if (run.status() == StopStatus.ERROR) {
                out.println("first error, run #" + run.index() + " (seed " + run.seed() + "): " + run.reason());
                break;
            }
        }
        TextTable table = new TextTable("measure", "over", "runs", "mean", "std", "95% CI of the mean");
        for (Metric metric : Metric.values()) {
            row(table, metric.label(), metric == Metric.SETTLING_TIME ? "settled" : "successful",
                    report.statistic(metric));
        }
        row(table, Metric.COST.label(), "all", report.costOfAllRuns());
        table.print(out, "");
        if (report.notSettled() > 0) {
            out.printf(Locale.ROOT, "not settled: %d of %d successful runs end outside the %.2f rad band (no "
                    + "settling time)%n", report.notSettled(), report.successes(),
                    MetricsAccumulator.SETTLING_THRESHOLD);
        }
        double seconds = report.wallTimeNanos() / 1e9;
        out.printf(Locale.ROOT, "wall time %.3f s, %,.0f steps/s over all threads%n", seconds,
                seconds > 0 ? report.steps() / seconds : 0.0);
    }

    private static void row(TextTable table, String label, String over, Statistic s) {
        boolean interval = Double.isFinite(s.ciLow());
        table.row(label, over, Long.toString(s.n()), ResultTable.significant(s.mean()), ResultTable.significant(s.std()),
                interval ? "[" + ResultTable.significant(s.ciLow()) + ", " + ResultTable.significant(s.ciHigh())
                        + "]" : ResultTable.NOT_APPLICABLE);
    }
}
