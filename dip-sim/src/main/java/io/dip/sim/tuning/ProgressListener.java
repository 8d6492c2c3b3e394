package io.dip.sim.tuning;

/**
 * Told by an optimiser at the end of each iteration how far it has come. Called on the optimiser's thread; a
 * listener should return quickly.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores every report. */
    ProgressListener NONE = (iteration, maxIterations, bestCost, evaluations) -> { };

    /**
     * @param iteration     the iteration just completed, from 1
     * @param maxIterations the iteration budget of the run
     * @param bestCost      the best cost found so far
     * @param evaluations   the number of points scored so far
     */
    void onIteration(int iteration, int maxIterations, double bestCost, long evaluations);
}
