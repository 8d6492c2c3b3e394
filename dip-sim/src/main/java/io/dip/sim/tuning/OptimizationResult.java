package io.dip.sim.tuning;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of one optimisation run.
 *
 * @param optimizer     the optimiser's name ({@code pso}, {@code cmaes}, {@code nelder_mead})
 * @param bestPosition  the best point found (within the bounds)
 * @param bestCost      its cost ({@code +∞} when no point could be scored)
 * @param costHistory   the best cost after each iteration, {@code iterations} entries
 * @param evaluations   the number of points scored
 * @param iterations    the number of iterations completed
 * @param seed          the seed of the run
 * @param bounds        the search box
 * @param settings      the optimiser's settings by name, in a stable order
 * @param wallTime      the wall-clock time the run took
 * @param termination   why the run ended
 */
public record OptimizationResult(String optimizer, double[] bestPosition, double bestCost, double[] costHistory,
                                 long evaluations, int iterations, long seed, SearchBounds bounds,
                                 Map<String, Object> settings, Duration wallTime, Termination termination) {

    /** Copies the arrays and the settings. */
    public OptimizationResult {
        bestPosition = bestPosition.clone();
        costHistory = costHistory.clone();
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** @return a copy of the best point */
    @Override
    public double[] bestPosition() {
        return bestPosition.clone();
    }

    /** @return a copy of the per-iteration best costs */
    @Override
    public double[] costHistory() {
        return costHistory.clone();
    }

    /** @return true when the run was stopped by a {@link CancellationFlag} */
    public boolean cancelled() {
        return termination == Termination.CANCELLED;
    }

    /** @return true when the optimiser's own stopping rule ended the run before its budget */
    public boolean converged() {
        return termination == Termination.CONVERGED;
    }

    /** @return points scored per second of wall time (0 for a run that took no measurable time) */
    public double evaluationsPerSecond() {
        double seconds = wallTime.toNanos() * 1e-9;
        return seconds > 0 ? evaluations / seconds : 0.0;
    }
}
