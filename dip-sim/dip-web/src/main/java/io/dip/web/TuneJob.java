package io.dip.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.cli.VersionProvider;
import io.dip.sim.recording.JsonFiles;
import io.dip.sim.tuning.ConvergencePlot;
import io.dip.sim.tuning.GainTuner;
import io.dip.sim.tuning.OptimizationResult;
import io.dip.sim.tuning.TuningReport;
import io.dip.sim.tuning.TuningResultFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A gain tuning, run as {@code dip tune} runs it ({@link GainTuner} with the configured optimiser and scenarios),
 * publishing a {@code progress} event after each iteration:
 * {@code {"iteration": i, "max_iterations": n, "best_cost": J, "evaluations": e}}.
 *
 * <p>Outputs: {@code result.json} (the command's tuning result file, readable by {@code dip simulate --gains}),
 * {@code result.csv} (iteration and best cost J), {@code result.png} (the command's convergence plot). The summary is
 * the tuning result document: tuned and default gains by name, both costs, the cost history, bounds, optimiser.
 * Cancelling keeps the best gains found so far.
 */
final class TuneJob extends Job {

    /** The API kind. */
    static final String KIND = "tune";

    private final GainTuner tuner;
    private final long seed;
    private volatile TuningReport report;

    /**
     * @param id        the job's id
     * @param directory its output directory
     * @param tuner     the tuner, with its scenarios, search space, optimiser and runner
     * @param seed      the optimiser's seed
     */
    TuneJob(String id, Path directory, GainTuner tuner, long seed) {
        super(KIND, id, directory);
        this.tuner = tuner;
        this.seed = seed;
    }

    @Override
    protected void execute() throws IOException {
        TuningReport finished = tuner.run(seed, (iteration, maxIterations, bestCost, evaluations) ->
                feed().publish(new ServerEvent("progress", String.format(Locale.ROOT,
                        "{\"iteration\":%d,\"max_iterations\":%d,\"best_cost\":%s,\"evaluations\":%d}",
                        iteration, maxIterations, Double.isFinite(bestCost) ? Double.toString(bestCost) : "null",
                        evaluations))), versions());
        OptimizationResult result = finished.result();
        if (!Double.isFinite(result.bestCost())) {
            throw new IllegalStateException("no gain vector was scored before the tune "
                    + (result.cancelled() ? "was stopped" : "ended"));
        }
        Path json = directory().resolve("result.json");
        TuningResultFile.write(json, finished);
        StringBuilder csv = new StringBuilder("iteration,best_cost\n");
        double[] history = result.costHistory();
        for (int i = 0; i < history.length; i++) {
            csv.append(i + 1).append(',').append(history[i]).append('\n');
        }
        Files.writeString(directory().resolve("result.csv"), csv, StandardCharsets.US_ASCII);
        JsonNode document = JsonFiles.mapper().readTree(json.toFile());
        report = finished;
        summarise((ObjectNode) document);
    }

    @Override
    void cancel() {
        super.cancel();
        tuner.cancel();
    }

    @Override
    protected Path write(String format, String metric) {
        return switch (format) {
            case "csv" -> directory().resolve("result.csv");
            case "json" -> directory().resolve("result.json");
            default -> {
                Path png = directory().resolve("result.png");
                if (!Files.exists(png)) {
                    OptimizationResult result = report.result();
                    ConvergencePlot.write(png, report.controller() + " — " + result.optimizer() + ", seed "
                            + result.seed(), result, report.defaultCost());
                }
                yield png;
            }
        };
    }

    private static Map<String, String> versions() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("dip", VersionProvider.version());
        v.put("java", System.getProperty("java.version"));
        return v;
    }
}
