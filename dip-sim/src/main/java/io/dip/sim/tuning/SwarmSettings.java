package io.dip.sim.tuning;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of the global-best particle swarm (docs/model.md §8, YAML section {@code pso}).
 *
 * @param particles       swarm size {@code n_particles}, ≥ 1
 * @param iterations      iteration budget {@code iters}, ≥ 1; each iteration scores the whole swarm once
 * @param inertia         inertia weight {@code w}, finite
 * @param cognitive       acceleration towards the particle's own best {@code c1}, finite and ≥ 0
 * @param social          acceleration towards the swarm's best {@code c2}, finite and ≥ 0
 * @param velocityClamp   velocity limit as a fraction of each dimension's width, {@code |v_i| ≤ f·(hi_i − lo_i)},
 *                        finite and &gt; 0
 * @param initialVelocity initial velocities are uniform in {@code ±f·(hi_i − lo_i)}, finite and ≥ 0
 * @param tolerance       early stop: an iteration "stalls" when the best cost improves by less than this, ≥ 0
 * @param patience        early stop after this many stalled iterations in a row; 0 disables early stopping
 */
public record SwarmSettings(int particles, int iterations, double inertia, double cognitive, double social,
                          double velocityClamp, double initialVelocity, double tolerance, int patience)
        implements OptimizerSettings {

    /** The defaults of docs/model.md §8: 40 particles, 50 iterations, w 0.7298, c1 = c2 = 1.49618, no early stop. */
    public static final SwarmSettings DEFAULTS =
            new SwarmSettings(40, 50, 0.7298, 1.49618, 1.49618, 0.2, 0.1, 0.0, 0);

    /** Validates every field, naming the offending key. */
    public SwarmSettings {
        if (particles < 1) {
            throw new IllegalArgumentException("pso.n_particles must be >= 1, got " + particles);
        }
        if (iterations < 1) {
            throw new IllegalArgumentException("pso.iters must be >= 1, got " + iterations);
        }
        if (!Double.isFinite(inertia)) {
            throw new IllegalArgumentException("pso.w must be finite, got " + inertia);
        }
        if (!(cognitive >= 0) || !Double.isFinite(cognitive)) {
            throw new IllegalArgumentException("pso.c1 must be finite and >= 0, got " + cognitive);
        }
        if (!(social >= 0) || !Double.isFinite(social)) {
            throw new IllegalArgumentException("pso.c2 must be finite and >= 0, got " + social);
        }
        if (!(velocityClamp > 0) || !Double.isFinite(velocityClamp)) {
            throw new IllegalArgumentException("pso.velocity_clamp must be finite and > 0, got " + velocityClamp);
        }
        if (!(initialVelocity >= 0) || !Double.isFinite(initialVelocity)) {
            throw new IllegalArgumentException("pso.initial_velocity must be finite and >= 0, got "
                    + initialVelocity);
        }
        if (!(tolerance >= 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("pso.tol must be finite and >= 0, got " + tolerance);
        }
        if (patience < 0) {
            throw new IllegalArgumentException("pso.patience must be >= 0, got " + patience);
        }
    }

    /** @return these settings with another swarm size */
    public SwarmSettings withParticles(int n) {
        return new SwarmSettings(n, iterations, inertia, cognitive, social, velocityClamp, initialVelocity,
                tolerance, patience);
    }

    /** @return these settings with another iteration budget */
    public SwarmSettings withIterations(int n) {
        return new SwarmSettings(particles, n, inertia, cognitive, social, velocityClamp, initialVelocity,
                tolerance, patience);
    }

    /** @return these settings with early stopping after {@code patience} iterations improving less than {@code tol} */
    public SwarmSettings withEarlyStop(double tol, int patience) {
        return new SwarmSettings(particles, iterations, inertia, cognitive, social, velocityClamp, initialVelocity,
                tol, patience);
    }

    /** @return the iteration budget {@code iters} */
    @Override
    public int iterationBudget() {
        return iterations;
    }

    /** @return the settings under their YAML keys, in declaration order */
    @Override
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("n_particles", particles);
        m.put("iters", iterations);
        m.put("w", inertia);
        m.put("c1", cognitive);
        m.put("c2", social);
        m.put("velocity_clamp", velocityClamp);
        m.put("initial_velocity", initialVelocity);
        m.put("tol", tolerance);
        m.put("patience", patience);
        return m;
    }
}
