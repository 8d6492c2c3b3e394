package io.dip.sim.tuning;

/** Why an optimisation run ended. */
public enum Termination {
    /** The iteration or evaluation budget was used up. */
    BUDGET_EXHAUSTED,
    /** The optimiser's own stopping rule fired (PSO early stop, simplex collapse, CMA-ES tolerances). */
    CONVERGED,
    /** A {@link CancellationFlag} was raised; the result holds the best point found before the stop. */
    CANCELLED
}
