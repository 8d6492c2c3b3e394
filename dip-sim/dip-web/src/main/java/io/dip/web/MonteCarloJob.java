package io.dip.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.cli.ConfigJson;
import io.dip.sim.config.DipConfig;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.metrics.Metric;
import io.dip.sim.montecarlo.MonteCarloReport;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.montecarlo.RunRowsFile;
import io.dip.sim.montecarlo.StreamingHistogram;
import io.dip.sim.plot.HistogramPlot;
import io.dip.sim.recording.JsonFiles;
import io.dip.sim.recording.NoRecording;
import io.dip.sim.recording.Recorder;
import io.dip.sim.recording.RecorderFactory;
import io.dip.sim.recording.Recording;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Monte Carlo study, run as {@code dip montecarlo} runs it ({@link MonteCarloStudy} over a {@link BatchRunner}),
 * publishing a {@code progress} event ({@code {"done": n, "total": N}}) as runs finish, at most once per percent.
 *
 * <p>Outputs: {@code result.json} (the command's {@code --json} report), {@code result.csv} (the command's
 * {@code --rows} file: one row per run), {@code result.png?metric=KEY} (the command's histogram of that measure, default ISE).
 * The summary holds the report without its runs, plus {@code histograms}: bin edges and counts of each measure over
 * the successful runs, for the page's histograms.
 */
final class MonteCarloJob extends Job {

    /** The API kind. */
    static final String KIND = "montecarlo";

    private final MonteCarloStudy study;
    private final DipConfig config;
    private final BatchRunner runner;
    private final AtomicInteger done = new AtomicInteger();
    private volatile MonteCarloReport report;
    /** About how many bins the page's histograms have. */
    private static final int HISTOGRAM_BINS = 30;

    /**
     * @param id        the job's id
     * @param directory its output directory
     * @param study     the study
     * @param config    the effective configuration, recorded in the JSON report
     * @param runner    the runner of its runs
     */
    MonteCarloJob(String id, Path directory, MonteCarloStudy study, DipConfig config, BatchRunner runner) {
        super(KIND, id, directory);
        this.study = study;
        this.config = config;
        this.runner = runner;
    }

    @Override
    protected void execute() throws IOException {
        Path rows = directory().resolve("result.csv");
        MonteCarloReport finished;
        try (RunRowsFile rowsFile = new RunRowsFile(rows)) {
            finished = study.run(runner, progress(), cancellation(), rowsFile);
        }
        ObjectNode document = finished.toJson(rows);
        document.set("config", ConfigJson.of(config));
        JsonFiles.write(document, directory().resolve("result.json"));
        ObjectNode brief = document.deepCopy();
        brief.remove("runs");
        brief.remove("config");
        ObjectNode histograms = brief.putObject("histograms");
        for (Metric metric : Metric.values()) {
            StreamingHistogram.Bins bins = finished.histogram(metric).bins(HISTOGRAM_BINS);
            ObjectNode histogram = histograms.putObject(metric.key());
            ArrayNode edges = histogram.putArray("edges");
            Arrays.stream(bins.edges()).forEach(edges::add);
            ArrayNode counts = histogram.putArray("counts");
            Arrays.stream(bins.counts()).forEach(counts::add);
        }
        ObjectNode labels = brief.putObject("labels");
        for (Metric metric : Metric.values()) {
            labels.put(metric.key(), metric.label());
        }
        report = finished;
        summarise(brief);
    }

    /** Recorders that keep nothing and count each finished run. */
    private RecorderFactory progress() {
        int total = study.runs();
        return index -> new Recorder() {
            @Override
            public void begin(long expectedSteps) {
                // counts finished runs only
            }

            @Override
            public void record(double t, double[] x, double u, double d, double sigma) {
                // keeps nothing
            }

            @Override
            public Recording finish(double t, double[] finalState, boolean complete) {
                int n = done.incrementAndGet();
                if (n == total || n * 100L / total != (n - 1) * 100L / total) {
                    feed().publish(new ServerEvent("progress", "{\"done\":" + n + ",\"total\":" + total + "}"));
                }
                return NoRecording.INSTANCE;
            }
        };
    }

    @Override
    protected ObjectNode summary() {
        ObjectNode summary = super.summary();
        if (summary == null) {
            ObjectNode running = JsonFiles.mapper().createObjectNode();
            running.put("done", done.get());
            running.put("total", study.runs());
            return running;
        }
        return summary;
    }

    @Override
    protected Path write(String format, String metric) {
        return switch (format) {
            case "csv" -> directory().resolve("result.csv");
            case "json" -> directory().resolve("result.json");
            default -> histogram(metric == null ? Metric.ISE.key() : metric);
        };
    }

    private Path histogram(String key) {
        Metric chosen = Metric.ofKey(key);
        if (report.histogram(chosen).count() == 0) {
            throw new IllegalStateException("no successful run of " + id() + " has a " + chosen.key()
                    + ": no histogram to draw");
        }
        Path png = directory().resolve("result-" + chosen.key().toLowerCase(Locale.ROOT) + ".png");
        if (!Files.exists(png)) {
            HistogramPlot.write(report, chosen, png);
        }
        return png;
    }
}
