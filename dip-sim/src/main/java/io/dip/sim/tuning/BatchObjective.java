package io.dip.sim.tuning;

/**
 * A cost function to minimise, evaluated for a whole set of points at once.
 *
 * <p>Scoring a batch in one call lets an implementation spread the points over threads. The contract that keeps
 * optimisers reproducible: {@code costsOut[i]} must depend only on {@code points[i]} (never on the evaluation
 * order, the thread that computed it or the other points of the batch). A cost may be {@code +∞} or NaN for a
 * point that cannot be scored; optimisers treat both as the worst possible cost.
 */
@FunctionalInterface
public interface BatchObjective {

    /**
     * Scores every point.
     *
     * @param points   the points, each of the search-space dimension; not modified
     * @param costsOut receives the cost of {@code points[i]} at index {@code i}; at least {@code points.length} long
     */
    void evaluate(double[][] points, double[] costsOut);
}
