package io.dip.sim.config;

import io.dip.api.StateIndex;
import java.util.Arrays;

/**
 * The {@code montecarlo} section: repeated runs with drawn initial states (and physics, per
 * {@link PhysicsUncertainty}).
 *
 * @param runs              number of runs, ≥ 1; key {@code runs}
 * @param initialStateRange half-widths of the uniform draw around {@code simulation.initial_state}, 6 numbers ≥ 0
 *                          (units of each component); key {@code initial_state_range}
 */
public record MonteCarloSettings(int runs, double[] initialStateRange) {

    /** Section name. */
    public static final String SECTION = "montecarlo";

    /** The built-in defaults. */
    public static final MonteCarloSettings DEFAULTS = new MonteCarloSettings(100,
            new double[] {0.0, 0.1, 0.1, 0.0, 0.0, 0.0});

    /**
     * Validates both values.
     *
     * @throws ConfigException naming the key and the allowed range
     */
    public MonteCarloSettings {
        Range.checkInteger(SECTION + ".runs", runs, 1);
        initialStateRange = Range.NON_NEGATIVE.checkVector(SECTION + ".initial_state_range", initialStateRange,
                StateIndex.DIMENSION);
    }

    /** @return a copy of the half-widths */
    @Override
    public double[] initialStateRange() {
        return initialStateRange.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MonteCarloSettings m && runs == m.runs
                && Arrays.equals(initialStateRange, m.initialStateRange);
    }

    @Override
    public int hashCode() {
        return 31 * runs + Arrays.hashCode(initialStateRange);
    }

    @Override
    public String toString() {
        return "MonteCarloSettings[runs=" + runs + ", initialStateRange=" + Arrays.toString(initialStateRange) + "]";
    }
}
