package io.dip.testkit.holding.corpus.helpers;

/**
 * Actuator limits, an immutable value.
 *
 * @param lower lowest force (N)
 * @param upper highest force (N)
 * @param unit  the unit's symbol
 */
public record Limits(double lower, double upper, String unit) {

    /**
     * @param force a force (N)
     * @return it clamped to [lower, upper]
     */
    public double clamp(double force) {
        return Math.max(lower, Math.min(upper, force));
    }
}
