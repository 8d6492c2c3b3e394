package io.dip.sim.montecarlo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.metrics.Metric;
import io.dip.sim.recording.JsonFiles;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a {@link MonteCarloStudy} (see docs/measures.md): how many runs were done (fewer than asked when
 * the study was cancelled) and how each ended; the success rate (runs that completed without falling, leaving the
 * track, diverging or throwing, over the runs done); for every {@link Metric} the {@link Statistic} over the
 * successful runs — the settling time over the successful runs that settled, the others counted apart as not
 * settled (a failed run's measures describe its fall, not the controller's regulation); the cost J over all runs,
 * failures and errors with their penalty included; a histogram of every measure; and the first
 * {@link #RUNS_IN_JSON} run summaries (every run goes to the rows file when one is asked for).
 *
 * <p>Its memory does not depend on the number of runs.
 */
public final class MonteCarloReport {

    /** Most run summaries kept in the report and its JSON document (the first runs). */
    public static final int RUNS_IN_JSON = 1000;

    private final MonteCarloStudy study;
    private final long runsDone;
    private final long runsFinished;
    private final Map<StopStatus, Long> statusCounts;
    private final long successes;
    private final long notSettled;
    private final Map<Metric, Statistic> statistics;
    private final Statistic costOfAllRuns;
    private final Map<Metric, StreamingHistogram> histograms;
    private final List<RunSummary> keptRuns;
    private final long steps;
    private final long wallTimeNanos;

    MonteCarloReport(MonteCarloStudy study, long runsDone, Map<StopStatus, Long> statusCounts, long successes,
            long notSettled, Map<Metric, Statistic> statistics, Statistic costOfAllRuns,
            Map<Metric, StreamingHistogram> histograms, List<RunSummary> keptRuns, long steps, long wallTimeNanos) {
        this.study = study;
        this.runsDone = runsDone;
        Map<StopStatus, Long> counts = new EnumMap<>(statusCounts);
        this.runsFinished = runsDone - counts.getOrDefault(StopStatus.CANCELLED, 0L);
        counts.put(StopStatus.CANCELLED, study.runs() - runsFinished);
        this.statusCounts = Collections.unmodifiableMap(counts);
        this.successes = successes;
        this.notSettled = notSettled;
        this.statistics = Collections.unmodifiableMap(new EnumMap<>(statistics));
        this.costOfAllRuns = costOfAllRuns;
        this.histograms = Collections.unmodifiableMap(new EnumMap<>(histograms));
        this.keptRuns = List.copyOf(keptRuns);
        this.steps = steps;
        this.wallTimeNanos = wallTimeNanos;
    }

    /** @return the study */
    public MonteCarloStudy study() {
        return study;
    }

    /** @return the controller's name */
    public String controller() {
        return study.base().controller().provider().name();
    }

    /** @return the runs done: {@link MonteCarloStudy#runs()} unless the study was cancelled */
    public long runsDone() {
        return runsDone;
    }

    /** @return the runs that finished (done and not stopped midway by a cancellation) */
    public long runsFinished() {
        return runsFinished;
    }

    /** @return the runs of the study that did not finish because it was cancelled (stopped midway or never run) */
    public long runsCancelled() {
        return study.runs() - runsFinished();
    }

    /** @return true when the study stopped before all its runs were done or one of them was cancelled */
    public boolean cancelled() {
        return runsFinished < study.runs();
    }

    /** @return the first {@link #RUNS_IN_JSON} runs, in index order */
    public List<RunSummary> keptRuns() {
        return keptRuns;
    }

    /** @return the number of runs that completed without failure */
    public long successes() {
        return successes;
    }

    /** @return the successful runs that ended outside the settling band (no settling time) */
    public long notSettled() {
        return notSettled;
    }

    /** @return successes / runs finished (NaN when none finished) */
    public double successRate() {
        return runsFinished() == 0 ? Double.NaN : (double) successes / runsFinished();
    }

    /** @return how many runs ended with each status */
    public Map<StopStatus, Long> statusCounts() {
        return statusCounts;
    }

    /**
     * @param metric a measure
     * @return its summary over the successful runs (the settling time: over those that settled)
     */
    public Statistic statistic(Metric metric) {
        return statistics.get(metric);
    }

    /** @return the summary of the cost J over all runs (failure and error penalties included; cancelled skipped) */
    public Statistic costOfAllRuns() {
        return costOfAllRuns;
    }

    /**
     * @param metric a measure
     * @return its histogram over the runs of {@link #statistic}
     */
    public StreamingHistogram histogram(Metric metric) {
        return histograms.get(metric);
    }

    /** @return control steps simulated over all runs */
    public long steps() {
        return steps;
    }

    /** @return wall-clock time of the study (ns) */
    public long wallTimeNanos() {
        return wallTimeNanos;
    }

    /**
     * @param rowsFile where every run's row was written, or null
     * @return the report as JSON: study settings (seed, gains), counts, statistics, the first runs
     */
    public ObjectNode toJson(Path rowsFile) {
        ObjectNode root = JsonFiles.mapper().createObjectNode();
        root.put("controller", controller());
        ObjectNode settings = root.putObject("study");
        settings.put("runs", study.runs());
        settings.put("seed", study.seed());
        settings.set(ParameterUncertainty.SECTION, JsonFiles.mapper().valueToTree(study.uncertainty().toMap()));
        settings.set("initial_state_half_width", JsonFiles.mapper().valueToTree(study.initialStateHalfWidth()));
        settings.put("perturb_nominal", study.perturbNominal());
        settings.set("scenario", JsonFiles.mapper().valueToTree(study.base().describe()));
        root.put("runs_done", runsDone);
        root.put("cancelled", cancelled());
        root.put("runs_finished", runsFinished());
        root.put("runs_cancelled", runsCancelled());
        root.put("successes", successes);
        root.put("success_rate", successRate());
        root.put("not_settled", notSettled);
        ObjectNode counts = root.putObject("status_counts");
        statusCounts.forEach((status, count) -> counts.put(status.name(), count));
        ObjectNode stats = root.putObject("statistics_of_successful_runs");
        statistics.forEach((metric, stat) -> stats.set(metric.key(), JsonFiles.mapper().valueToTree(stat.describe())));
        root.set("cost_of_all_runs", JsonFiles.mapper().valueToTree(costOfAllRuns.describe()));
        root.put("steps", steps);
        root.put("wall_time_s", wallTimeNanos / 1e9);
        if (rowsFile != null) {
            root.put("rows_file", rowsFile.toString());
        }
        root.put("runs_in_json", keptRuns.size());
        root.put("runs_in_json_limit", RUNS_IN_JSON);
        ArrayNode all = root.putArray("runs");
        for (RunSummary run : keptRuns) {
            all.add(JsonFiles.mapper().valueToTree(run.describe()));
        }
        return root;
    }
}
