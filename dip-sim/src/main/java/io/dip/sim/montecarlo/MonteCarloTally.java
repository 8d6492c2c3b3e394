package io.dip.sim.montecarlo;

import io.dip.sim.engine.SimulationResult;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.metrics.Metric;
import io.dip.sim.metrics.RunMetrics;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the results of a {@link MonteCarloStudy}, in run-index order, into its {@link MonteCarloReport} in memory
 * that does not grow with the number of runs: counts per status, a {@link RunningStatistic} and a
 * {@link StreamingHistogram} per measure over the successful runs (the settling time over the settled ones), the
 * cost over all runs, the first {@code keptRuns} run summaries, and every run's row to an optional
 * {@link RunRowsFile}. Not thread-safe: one caller adds the results in order.
 */
public final class MonteCarloTally {

    private final MonteCarloStudy study;
    private final int keptRuns;
    private final RunRowsFile rows;
    private final Map<StopStatus, Long> statusCounts = new EnumMap<>(StopStatus.class);
    private final Map<Metric, RunningStatistic> statistics = new EnumMap<>(Metric.class);
    private final Map<Metric, StreamingHistogram> histograms = new EnumMap<>(Metric.class);
    private final RunningStatistic costOfAllRuns = new RunningStatistic();
    private final List<RunSummary> kept = new ArrayList<>();
    private long done;
    private long successes;
    private long notSettled;
    private long steps;

    /**
     * @param study    the study
     * @param keptRuns how many run summaries (the first ones) the report keeps, ≥ 0
     * @param rows     where every run's row goes, or null
     */
    public MonteCarloTally(MonteCarloStudy study, int keptRuns, RunRowsFile rows) {
        if (keptRuns < 0) {
            throw new IllegalArgumentException("kept runs must be >= 0, got " + keptRuns);
        }
        this.study = study;
        this.keptRuns = keptRuns;
        this.rows = rows;
        for (StopStatus status : StopStatus.values()) {
            statusCounts.put(status, 0L);
        }
        for (Metric metric : Metric.values()) {
            statistics.put(metric, new RunningStatistic());
            histograms.put(metric, new StreamingHistogram());
        }
    }

    /**
     * @param index  the run's index (the next one)
     * @param result its result
     */
    public void add(int index, SimulationResult result) {
        if (index != done) {
            throw new IllegalArgumentException("run " + index + " added after " + done + " runs: add them in order");
        }
        done++;
        steps += result.steps();
        statusCounts.merge(result.status(), 1L, Long::sum);
        if (result.status() == StopStatus.CANCELLED) {
            return;
        }
        RunMetrics metrics = result.metrics();
        if (RunSummary.succeeded(result.status(), metrics)) {
            successes++;
            if (!metrics.settled()) {
                notSettled++;
            }
            for (Metric metric : Metric.values()) {
                double value = metric.of(metrics);
                statistics.get(metric).add(value);
                histograms.get(metric).add(value);
            }
        }
        costOfAllRuns.add(result.cost());
        if (kept.size() < keptRuns || rows != null) {
            RunSummary summary = RunSummary.of(index, result);
            if (kept.size() < keptRuns) {
                kept.add(summary);
            }
            if (rows != null) {
                rows.write(summary);
            }
        }
    }

    /**
     * @param wallTimeNanos wall-clock time of the study (ns)
     * @return the report of the runs added so far
     */
    public MonteCarloReport report(long wallTimeNanos) {
        Map<Metric, Statistic> summaries = new EnumMap<>(Metric.class);
        statistics.forEach((metric, stat) -> summaries.put(metric, stat.summary()));
        return new MonteCarloReport(study, done, statusCounts, successes, notSettled, summaries,
                costOfAllRuns.summary(), histograms, kept, steps, wallTimeNanos);
    }
}
