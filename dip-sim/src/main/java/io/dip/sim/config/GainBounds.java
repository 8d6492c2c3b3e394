package io.dip.sim.config;

import java.util.Arrays;

/**
 * Search bounds of one controller's gains for the tuner (an entry of {@code pso.bounds}).
 *
 * @param min lower bounds, finite; key {@code min}
 * @param max upper bounds, finite, same length, {@code min[i] <= max[i]}; key {@code max}
 */
public record GainBounds(double[] min, double[] max) {

    /**
     * Validates both vectors.
     *
     * @throws ConfigException with a path relative to the entry, e.g. {@code max[2] must be >= min[2] (1.0), got 0.5}
     */
    public GainBounds {
        min = Range.FINITE.checkVector("min", min, -1);
        max = Range.FINITE.checkVector("max", max, min.length);
        for (int i = 0; i < min.length; i++) {
            if (max[i] < min[i]) {
                throw new ConfigException("max[" + i + "]", "must be >= min[" + i + "] (" + min[i] + "), got "
                        + max[i]);
            }
        }
    }

    /** @return a copy of the lower bounds */
    @Override
    public double[] min() {
        return min.clone();
    }

    /** @return a copy of the upper bounds */
    @Override
    public double[] max() {
        return max.clone();
    }

    /** @return the number of gains bounded */
    public int dimension() {
        return min.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GainBounds b && Arrays.equals(min, b.min) && Arrays.equals(max, b.max);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(min) + Arrays.hashCode(max);
    }

    @Override
    public String toString() {
        return "GainBounds[min=" + Arrays.toString(min) + ", max=" + Arrays.toString(max) + "]";
    }
}
