package io.dip.sim.tuning;

/**
 * What to minimise, where, from where and with which seed.
 *
 * @param objective    the cost function
 * @param bounds       the search box
 * @param initialGuess a starting point for optimisers that use one (CMA-ES, Nelder–Mead), or null for the
 *                     centre of the box; clamped into the box. The particle swarm ignores it.
 * @param seed         seed of the optimiser's random generator
 */
public record OptimizationProblem(BatchObjective objective, SearchBounds bounds, double[] initialGuess, long seed) {

    /** Validates and copies the initial guess. */
    public OptimizationProblem {
        if (objective == null || bounds == null) {
            throw new IllegalArgumentException("an optimisation problem needs an objective and bounds");
        }
        if (initialGuess != null) {
            if (initialGuess.length != bounds.dimension()) {
                throw new IllegalArgumentException("initial guess has " + initialGuess.length
                        + " coordinates, the bounds have " + bounds.dimension());
            }
            for (int i = 0; i < initialGuess.length; i++) {
                if (!Double.isFinite(initialGuess[i])) {
                    throw new IllegalArgumentException("initial guess coordinate " + i + " is not finite: "
                            + initialGuess[i]);
                }
            }
            initialGuess = initialGuess.clone();
        }
    }

    /**
     * @param objective the cost function
     * @param bounds    the search box
     * @param seed      seed of the optimiser's random generator
     * @return a problem without an initial guess
     */
    public static OptimizationProblem of(BatchObjective objective, SearchBounds bounds, long seed) {
        return new OptimizationProblem(objective, bounds, null, seed);
    }

    /** @return a copy of the initial guess, or null */
    @Override
    public double[] initialGuess() {
        return initialGuess == null ? null : initialGuess.clone();
    }

    /** @return the initial guess clamped into the bounds, or the centre of the bounds when there is none */
    public double[] startPoint() {
        return initialGuess == null ? bounds.centre() : bounds.clamp(initialGuess);
    }
}
