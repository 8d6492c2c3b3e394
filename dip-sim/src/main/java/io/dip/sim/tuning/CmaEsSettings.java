package io.dip.sim.tuning;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of the CMA-ES optimiser.
 *
 * @param populationSize candidates per generation λ, or 0 for the standard {@code 4 + ⌊3·ln d⌋} (d = dimension)
 * @param generations    generation budget, ≥ 1; one generation = one iteration
 * @param initialStep    initial step size per dimension as a fraction of its width, {@code σ_i = f·(hi_i − lo_i)},
 *                       in (0, 1]
 * @param activeCma      whether to use active covariance adaptation (negative updates from bad candidates)
 */
public record CmaEsSettings(int populationSize, int generations, double initialStep, boolean activeCma) implements OptimizerSettings {

    /** Standard population, 50 generations, σ = 0.3 of each width, active CMA. */
    public static final CmaEsSettings DEFAULTS = new CmaEsSettings(0, 50, 0.3, true);

    /** Validates every field. */
    public CmaEsSettings {
        if (populationSize < 0 || populationSize == 1) {
            throw new IllegalArgumentException("cmaes population_size must be 0 (automatic) or >= 2, got "
                    + populationSize);
        }
        if (generations < 1) {
            throw new IllegalArgumentException("cmaes generations must be >= 1, got " + generations);
        }
        if (!(initialStep > 0 && initialStep <= 1)) {
            throw new IllegalArgumentException("cmaes initial_step must be in (0, 1], got " + initialStep);
        }
    }

    /**
     * @param dimension the search-space dimension
     * @return λ: the configured population size, or {@code 4 + ⌊3·ln d⌋}
     */
    public int populationFor(int dimension) {
        return populationSize > 0 ? populationSize : 4 + (int) Math.floor(3.0 * Math.log(dimension));
    }

    /** @return these settings with another generation budget */
    public CmaEsSettings withGenerations(int n) {
        return new CmaEsSettings(populationSize, n, initialStep, activeCma);
    }

    /** @return these settings with another population size (0 = automatic) */
    public CmaEsSettings withPopulationSize(int n) {
        return new CmaEsSettings(n, generations, initialStep, activeCma);
    }

    /** @return the generation budget */
    @Override
    public int iterationBudget() {
        return generations;
    }

    /** @return the settings by name, in declaration order */
    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("population_size", populationSize);
        m.put("generations", generations);
        m.put("initial_step", initialStep);
        m.put("active_cma", activeCma);
        return m;
    }
}
