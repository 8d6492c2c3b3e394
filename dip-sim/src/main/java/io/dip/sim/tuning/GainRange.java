package io.dip.sim.tuning;

/**
 * Search bounds of one gain, as given in {@code pso.bounds.<controller>} or on the command line.
 *
 * @param min lower bound, finite
 * @param max upper bound, finite and ≥ {@code min}
 */
public record GainRange(double min, double max) {

    /** Checks the range. */
    public GainRange {
        if (!(Double.isFinite(min) && Double.isFinite(max) && min <= max)) {
            throw new IllegalArgumentException("gain range [" + min + ", " + max
                    + "] must be finite with min <= max");
        }
    }
}
