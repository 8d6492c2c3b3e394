package io.dip.sim.tuning;

import java.util.Map;

/**
 * A derivative-free minimiser over a box. Implementations are immutable (their settings are fixed at
 * construction) and reusable: each {@link #minimize} call is an independent, seeded run whose random numbers are
 * all drawn on the calling thread in a fixed order.
 */
public interface Optimizer {

    /**
     * @return the optimiser's name as the configuration ({@code pso.optimizer}) spells it: {@code pso},
     *         {@code cmaes}, {@code nelder_mead}
     */
    String name();

    /** @return the iteration budget of one run (what {@link ProgressListener} counts towards) */
    int maxIterations();

    /** @return the settings by name, in a stable order, for reports and result files */
    Map<String, Object> settings();

    /**
     * Minimises the problem's objective within its bounds.
     *
     * @param problem      objective, bounds, optional starting point and seed
     * @param listener     told after each iteration
     * @param cancellation checked between iterations; once raised the run stops and returns its best point so far
     * @return the best point, its cost and the run's history
     */
    OptimizationResult minimize(OptimizationProblem problem, ProgressListener listener, CancellationFlag cancellation);
}
