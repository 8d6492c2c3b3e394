package io.dip.sim.config;

import io.dip.api.StateIndex;
import io.dip.sim.runtime.PluginNames;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code pso} section: the gain tuner. Each candidate gain vector is scored by simulating every evaluation
 * scenario for {@code duration} seconds and combining the costs ({@link CostFunctionSettings}).
 *
 * <p>Particle swarm update, per dimension with r1, r2 ~ U(0, 1):
 * {@code v ← w·v + c1·r1·(p_best − x) + c2·r2·(g_best − x)}, |v| clamped to {@code velocity_clamp·(hi − lo)},
 * {@code x ← clamp(x + v, lo, hi)}; initial velocities ~ U(−1, 1)·{@code initial_velocity}·(hi − lo).
 *
 * @param optimizer           {@code pso}, {@code cmaes} or {@code nelder_mead}; key {@code optimizer}
 * @param nParticles          swarm (or population) size, ≥ 1; key {@code n_particles}
 * @param iters               iterations, ≥ 1; key {@code iters}
 * @param w                   inertia weight, in [0, 1]; key {@code w}
 * @param c1                  cognitive coefficient, in [0, 4]; key {@code c1}
 * @param c2                  social coefficient, in [0, 4]; key {@code c2}
 * @param velocityClamp       velocity limit as a fraction of (hi − lo), in (0, 1]; key {@code velocity_clamp}
 * @param initialVelocity     initial velocity spread as a fraction of (hi − lo), in [0, 1]; key
 *                            {@code initial_velocity}
 * @param tol                 stop when the best cost improves by less than this over {@code patience} iterations,
 *                            ≥ 0; key {@code tol}
 * @param patience            iterations without improvement before stopping, ≥ 0 (0 = never stop early); key
 *                            {@code patience}
 * @param duration            simulated time per evaluation run (s), &gt; 0; key {@code duration}
 * @param initialStates       fixed evaluation initial states, each 6 finite numbers; key {@code initial_states}
 * @param randomInitialStates extra initial states drawn per evaluation, ≥ 0; key {@code random_initial_states}
 * @param randomInitialRange  half-widths of the uniform draws around zero, 6 numbers ≥ 0; key
 *                            {@code random_initial_range}
 * @param parameterDraws      physics draws per evaluation ({@code physics_uncertainty}), ≥ 0; key
 *                            {@code parameter_draws}
 * @param bounds              search bounds per controller (normalised name), overriding the provider's; key
 *                            {@code bounds}
 */
public record PsoSettings(String optimizer, int nParticles, int iters, double w, double c1, double c2,
        double velocityClamp, double initialVelocity, double tol, int patience, double duration,
        double[][] initialStates, int randomInitialStates, double[] randomInitialRange, int parameterDraws,
        Map<String, GainBounds> bounds) {

    /** Section name. */
    public static final String SECTION = "pso";

    /** The optimisers a configuration may choose. */
    public static final List<String> OPTIMIZERS = List.of("pso", "cmaes", "nelder_mead");

    private static final Range COEFFICIENT = Range.closed(0.0, 4.0);

    /** The built-in defaults. */
    public static final PsoSettings DEFAULTS = new PsoSettings("pso", 40, 50, 0.7298, 1.49618, 1.49618, 0.2, 0.1,
            0.0, 0, 5.0, new double[][] {{0, 0.1, -0.05, 0, 0, 0}, {0, -0.2, 0.15, 0, 0, 0},
                {0.5, 0.2, 0.2, 0.5, 0.5, -0.5}}, 0, new double[] {0.0, 0.3, 0.3, 0.0, 0.0, 0.0}, 0, Map.of());

    /**
     * Validates every value.
     *
     * @throws ConfigException naming the key and the allowed range
     */
    public PsoSettings {
        if (!OPTIMIZERS.contains(optimizer)) {
            throw new ConfigException(SECTION + ".optimizer", "must be one of " + String.join(", ", OPTIMIZERS)
                    + ", got " + (optimizer == null ? "nothing" : "'" + optimizer + "'"));
        }
        Range.checkInteger(SECTION + ".n_particles", nParticles, 1);
        Range.checkInteger(SECTION + ".iters", iters, 1);
        Range.UNIT.check(SECTION + ".w", w);
        COEFFICIENT.check(SECTION + ".c1", c1);
        COEFFICIENT.check(SECTION + ".c2", c2);
        Range.UNIT_OPEN_BELOW.check(SECTION + ".velocity_clamp", velocityClamp);
        Range.UNIT.check(SECTION + ".initial_velocity", initialVelocity);
        Range.NON_NEGATIVE.check(SECTION + ".tol", tol);
        Range.checkInteger(SECTION + ".patience", patience, 0);
        Range.POSITIVE.check(SECTION + ".duration", duration);
        if (initialStates == null) {
            throw new ConfigException(SECTION + ".initial_states", "is required");
        }
        double[][] states = new double[initialStates.length][];
        for (int i = 0; i < states.length; i++) {
            states[i] = Range.FINITE.checkVector(SECTION + ".initial_states[" + i + "]", initialStates[i],
                    StateIndex.DIMENSION);
        }
        initialStates = states;
        Range.checkInteger(SECTION + ".random_initial_states", randomInitialStates, 0);
        if (states.length == 0 && randomInitialStates == 0) {
            throw new ConfigException(SECTION + ".initial_states", "must not be empty when "
                    + SECTION + ".random_initial_states is 0");
        }
        randomInitialRange = Range.NON_NEGATIVE.checkVector(SECTION + ".random_initial_range", randomInitialRange,
                StateIndex.DIMENSION);
        Range.checkInteger(SECTION + ".parameter_draws", parameterDraws, 0);
        Map<String, GainBounds> copy = new LinkedHashMap<>();
        if (bounds != null) {
            bounds.forEach((name, b) -> {
                String key = PluginNames.normalise(name);
                if (b == null) {
                    throw new ConfigException(SECTION + ".bounds." + key, "needs min and max");
                }
                if (copy.put(key, b) != null) {
                    throw new ConfigException(SECTION + ".bounds." + key, "is given twice");
                }
            });
        }
        bounds = Collections.unmodifiableMap(copy);
    }

    /** @return a copy of the fixed evaluation initial states */
    @Override
    public double[][] initialStates() {
        double[][] copy = new double[initialStates.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = initialStates[i].clone();
        }
        return copy;
    }

    /** @return a copy of the random initial-state half-widths */
    @Override
    public double[] randomInitialRange() {
        return randomInitialRange.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PsoSettings p && optimizer.equals(p.optimizer) && nParticles == p.nParticles
                && iters == p.iters && Double.compare(w, p.w) == 0 && Double.compare(c1, p.c1) == 0
                && Double.compare(c2, p.c2) == 0 && Double.compare(velocityClamp, p.velocityClamp) == 0
                && Double.compare(initialVelocity, p.initialVelocity) == 0 && Double.compare(tol, p.tol) == 0
                && patience == p.patience && Double.compare(duration, p.duration) == 0
                && Arrays.deepEquals(initialStates, p.initialStates) && randomInitialStates == p.randomInitialStates
                && Arrays.equals(randomInitialRange, p.randomInitialRange) && parameterDraws == p.parameterDraws
                && bounds.equals(p.bounds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(optimizer, nParticles, iters, w, c1, c2, velocityClamp, initialVelocity, tol, patience,
                duration, Arrays.deepHashCode(initialStates), randomInitialStates,
                Arrays.hashCode(randomInitialRange), parameterDraws, bounds);
    }

    @Override
    public String toString() {
        return "PsoSettings[optimizer=" + optimizer + ", nParticles=" + nParticles + ", iters=" + iters + ", w=" + w
                + ", c1=" + c1 + ", c2=" + c2 + ", velocityClamp=" + velocityClamp + ", initialVelocity="
                + initialVelocity + ", tol=" + tol + ", patience=" + patience + ", duration=" + duration
                + ", initialStates=" + Arrays.deepToString(initialStates) + ", randomInitialStates="
                + randomInitialStates + ", randomInitialRange=" + Arrays.toString(randomInitialRange)
                + ", parameterDraws=" + parameterDraws + ", bounds=" + bounds + "]";
    }
}
