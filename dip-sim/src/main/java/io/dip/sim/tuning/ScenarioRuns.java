package io.dip.sim.tuning;

import io.dip.sim.engine.Cancellation;

/**
 * Runs every scenario of a {@link ScenarioSet} with each gain vector of a batch: the n × m closed-loop runs behind
 * one {@link BatchObjective} call of n points on m scenarios. The local thread pool ({@link LocalScenarioRuns}) and
 * a cluster of machines both implement it; for the same points both give the same costs, bit for bit, because
 * each run is deterministic and independent of where and in which order it runs.
 */
public interface ScenarioRuns extends AutoCloseable {

    /**
     * Runs scenario {@code s} with gains {@code points[p]} for every p and s.
     *
     * @param points   the gain vectors, each of the controller's gain count; not modified
     * @param runCosts receives the cost J_s of run (p, s) at index {@code p·m + s} (m = number of scenarios), NaN
     *                 for a run that was cancelled; at least {@code points.length·m} long
     * @return the control steps simulated by these runs
     */
    long run(double[][] points, double[] runCosts);

    /** Releases what the runs hold (a cluster connection); nothing for the local pool. */
    @Override
    default void close() {
        // nothing held
    }

    /** Opens the runs of one tuning, given the cancellation that {@link GainTuner#cancel()} sets. */
    @FunctionalInterface
    interface Opener {

        /**
         * @param stop set when the tuning is cancelled: runs in flight stop and score NaN
         * @return the runs, closed when the tuning ends
         */
        ScenarioRuns open(Cancellation stop);
    }
}
