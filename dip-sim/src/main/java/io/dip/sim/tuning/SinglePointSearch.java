package io.dip.sim.tuning;

import java.time.Duration;
import java.util.Map;
import org.hipparchus.analysis.MultivariateFunction;

/**
 * The bookkeeping shared by optimisers that score one point at a time: presents a {@link BatchObjective} to
 * Hipparchus as a {@link MultivariateFunction} that scores the point projected onto the bounds, counts evaluations,
 * keeps the best point (strict improvement; NaN counts as {@code +∞}), records the per-iteration history and
 * reports progress.
 */
final class SinglePointSearch implements MultivariateFunction {

    private final BatchObjective objective;
    private final SearchBounds bounds;
    private final ProgressListener listener;
    private final CancellationFlag cancellation;
    private final int maxIterations;
    private final long startNanos = System.nanoTime();
    private final double[][] batch = new double[1][];
    private final double[] batchCost = new double[1];
    private final CostHistory history;
    private int iterations;
    private long evaluations;
    private double[] best;
    private double bestCost = Double.POSITIVE_INFINITY;

    SinglePointSearch(OptimizationProblem problem, int maxIterations, ProgressListener listener,
                      CancellationFlag cancellation) {
        this.objective = problem.objective();
        this.bounds = problem.bounds();
        this.listener = listener;
        this.cancellation = cancellation;
        this.maxIterations = maxIterations;
        this.history = new CostHistory();
    }

    /**
     * Scores the point projected onto the bounds.
     *
     * @param point a point, possibly outside the bounds
     * @return the cost of its projection, {@code +∞} for NaN
     */
    @Override
    public double value(double[] point) {
        double[] x = bounds.clamp(point);
        batch[0] = x;
        objective.evaluate(batch, batchCost);
        evaluations++;
        double cost = Double.isNaN(batchCost[0]) ? Double.POSITIVE_INFINITY : batchCost[0];
        if (best == null || cost < bestCost) {
            best = x;
            bestCost = cost;
        }
        return cost;
    }

    /**
     * Closes an iteration: records the best cost and tells the listener.
     *
     * @return true when cancellation has been requested
     */
    boolean endIteration() {
        history.add(bestCost);
        iterations++;
        listener.onIteration(iterations, maxIterations, bestCost, evaluations);
        return cancellation.isCancelled();
    }

    /** @return the number of completed iterations */
    int iterations() {
        return iterations;
    }

    /** @return the number of points scored */
    long evaluations() {
        return evaluations;
    }

    /**
     * @param optimizer   the optimiser's name
     * @param settings    its settings
     * @param seed        the seed of the run
     * @param termination why the run ended
     * @return the result of the run so far
     */
    OptimizationResult result(String optimizer, Map<String, Object> settings, long seed, Termination termination) {
        if (best == null) {
            throw new IllegalStateException(optimizer + " ended before scoring any point");
        }
        return new OptimizationResult(optimizer, best, bestCost, history.toArray(), evaluations,
                iterations, seed, bounds, settings, Duration.ofNanos(System.nanoTime() - startNanos), termination);
    }
}
