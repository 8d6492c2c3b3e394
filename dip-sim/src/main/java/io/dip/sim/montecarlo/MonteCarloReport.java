package io.dip.sim.montecarlo;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.metrics.Metric;
import io.dip.sim.recording.JsonFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a {@link MonteCarloStudy}: the success rate (runs that completed without falling, leaving the
 * track or diverging, over all runs), and for every {@link Metric} the {@link Statistic} over the successful runs
 * (a failed run's settling time or ISE describes its fall, not the controller's regulation); the cost J is also
 * summarised over all runs, failures with their penalty included. Immutable.
 */
public final class MonteCarloReport {

    private final MonteCarloStudy study;
    private final List<RunSummary> runs;
    private final Map<Metric, Statistic> statistics;
    private final Statistic costOfAllRuns;
    private final Map<StopStatus, Integer> statusCounts;
    private final int successes;
    private final int cancelledRuns;
    private final long wallTimeNanos;

    private MonteCarloReport(MonteCarloStudy study, List<RunSummary> runs, int cancelledRuns, long wallTimeNanos) {
        this.study = study;
        this.runs = List.copyOf(runs);
        this.cancelledRuns = cancelledRuns;
        this.wallTimeNanos = wallTimeNanos;
        Map<StopStatus, Integer> counts = new EnumMap<>(StopStatus.class);
        for (StopStatus status : StopStatus.values()) {
            counts.put(status, 0);
        }
        counts.put(StopStatus.CANCELLED, cancelledRuns);
        int succeeded = 0;
        for (RunSummary run : runs) {
            counts.merge(run.status(), 1, Integer::sum);
            succeeded += run.succeeded() ? 1 : 0;
        }
        this.statusCounts = Collections.unmodifiableMap(counts);
        this.successes = succeeded;
        Map<Metric, Statistic> stats = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            stats.put(metric, Statistic.of(values(metric, true)));
        }
        this.statistics = Collections.unmodifiableMap(stats);
        this.costOfAllRuns = Statistic.of(values(Metric.COST, false));
    }

    /**
     * A study that was cancelled reports the runs that finished: a CANCELLED run (stopped midway or never started)
     * is only counted ({@link #cancelledRuns()}).
     *
     * @param study         the study
     * @param results       its results, in run-index order
     * @param wallTimeNanos wall-clock time of the study (ns)
     * @return the report
     */
    public static MonteCarloReport of(MonteCarloStudy study, List<SimulationResult> results, long wallTimeNanos) {
        if (results.size() != study.runs()) {
            throw new IllegalArgumentException("a study of " + study.runs() + " runs got " + results.size()
                    + " results");
        }
        List<RunSummary> runs = new ArrayList<>(results.size());
        int cancelled = 0;
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).status() == StopStatus.CANCELLED) {
                cancelled++;
            } else {
                runs.add(RunSummary.of(i, results.get(i)));
            }
        }
        return new MonteCarloReport(study, runs, cancelled, wallTimeNanos);
    }

    /** @return the study */
    public MonteCarloStudy study() {
        return study;
    }

    /** @return the controller's name */
    public String controller() {
        return study.base().controller().provider().name();
    }

    /** @return the runs of the study that did not finish because it was cancelled */
    public int cancelledRuns() {
        return cancelledRuns;
    }

    /** @return every finished run, in index order */
    public List<RunSummary> runs() {
        return runs;
    }

    /** @return the number of runs that completed without failure */
    public int successes() {
        return successes;
    }

    /** @return successes / finished runs (NaN when none finished) */
    public double successRate() {
        return (double) successes / runs.size();
    }

    /** @return how many runs ended with each status */
    public Map<StopStatus, Integer> statusCounts() {
        return statusCounts;
    }

    /**
     * @param metric a measure
     * @return its summary over the successful runs
     */
    public Statistic statistic(Metric metric) {
        return statistics.get(metric);
    }

    /** @return the summary of the cost J over all runs (failure penalties included; cancelled runs skipped) */
    public Statistic costOfAllRuns() {
        return costOfAllRuns;
    }

    /** @return wall-clock time of the study (ns) */
    public long wallTimeNanos() {
        return wallTimeNanos;
    }

    /**
     * @param metric         a measure
     * @param successfulOnly keep only the runs that completed without failure
     * @return its value per run, in index order
     */
    public double[] values(Metric metric, boolean successfulOnly) {
        return runs.stream().filter(r -> !successfulOnly || r.succeeded()).mapToDouble(r -> metric.of(r.metrics()))
                .toArray();
    }

    /** @return the report as JSON: study settings, counts, statistics and every run */
    public ObjectNode toJson() {
        ObjectNode root = JsonFiles.mapper().createObjectNode();
        root.put("controller", controller());
        ObjectNode settings = root.putObject("study");
        settings.put("runs", study.runs());
        settings.put("seed", study.seed());
        settings.set(ParameterUncertainty.SECTION, JsonFiles.mapper().valueToTree(study.uncertainty().toMap()));
        settings.set("initial_state_half_width", JsonFiles.mapper().valueToTree(study.initialStateHalfWidth()));
        settings.put("perturb_nominal", study.perturbNominal());
        settings.set("scenario", JsonFiles.mapper().valueToTree(study.base().describe()));
        root.put("cancelled", cancelledRuns > 0);
        root.put("runs_finished", runs.size());
        root.put("runs_cancelled", cancelledRuns);
        root.put("successes", successes);
        root.put("success_rate", successRate());
        ObjectNode counts = root.putObject("status_counts");
        statusCounts.forEach((status, count) -> counts.put(status.name(), count));
        ObjectNode stats = root.putObject("statistics_of_successful_runs");
        statistics.forEach((metric, stat) -> stats.set(metric.key(), JsonFiles.mapper().valueToTree(stat.describe())));
        root.set("cost_of_all_runs", JsonFiles.mapper().valueToTree(costOfAllRuns.describe()));
        root.put("wall_time_s", wallTimeNanos / 1e9);
        ArrayNode all = root.putArray("runs");
        for (RunSummary run : runs) {
            all.add(JsonFiles.mapper().valueToTree(run.describe()));
        }
        return root;
    }

    /**
     * Writes {@link #toJson()} to {@code target} (whole or not at all).
     *
     * @param target the JSON file
     */
    public void write(Path target) {
        JsonFiles.write(toJson(), target);
    }
}
