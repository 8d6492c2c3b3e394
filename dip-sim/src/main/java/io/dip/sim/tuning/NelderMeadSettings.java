package io.dip.sim.tuning;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of the Nelder–Mead simplex optimiser.
 *
 * @param iterations  iteration budget (simplex moves), ≥ 1
 * @param evaluations evaluation budget, ≥ 1; checked at iteration boundaries, so a run may exceed it by the
 *                    evaluations of its last iteration (at most the dimension + 2)
 * @param initialStep edge length of the initial simplex along each axis as a fraction of that dimension's width,
 *                    in (0, 1]
 * @param tolerance   convergence: stop when the costs of the simplex vertices differ by at most this, ≥ 0
 */
public record NelderMeadSettings(int iterations, int evaluations, double initialStep, double tolerance) implements OptimizerSettings {

    /** 1000 iterations, 2000 evaluations (the particle swarm's default budget), steps of 0.1 width, tolerance 1e-10. */
    public static final NelderMeadSettings DEFAULTS = new NelderMeadSettings(1000, 2000, 0.1, 1e-10);

    /** Validates every field. */
    public NelderMeadSettings {
        if (iterations < 1) {
            throw new IllegalArgumentException("nelder_mead iterations must be >= 1, got " + iterations);
        }
        if (evaluations < 1) {
            throw new IllegalArgumentException("nelder_mead evaluations must be >= 1, got " + evaluations);
        }
        if (!(initialStep > 0 && initialStep <= 1)) {
            throw new IllegalArgumentException("nelder_mead initial_step must be in (0, 1], got " + initialStep);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("nelder_mead tolerance must be finite and >= 0, got " + tolerance);
        }
    }

    /** @return these settings with another evaluation budget */
    public NelderMeadSettings withEvaluations(int n) {
        return new NelderMeadSettings(iterations, n, initialStep, tolerance);
    }

    /** @return these settings with another iteration budget */
    public NelderMeadSettings withIterations(int n) {
        return new NelderMeadSettings(n, evaluations, initialStep, tolerance);
    }

    /** @return the iteration budget */
    @Override
    public int iterationBudget() {
        return iterations;
    }

    /** @return the settings by name, in declaration order */
    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("iterations", iterations);
        m.put("evaluations", evaluations);
        m.put("initial_step", initialStep);
        m.put("tolerance", tolerance);
        return m;
    }
}
