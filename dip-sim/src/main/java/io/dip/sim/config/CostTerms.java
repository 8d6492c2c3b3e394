package io.dip.sim.config;

/**
 * One number per term of the tuning cost (used for both its weights and its normalisers).
 *
 * @param stateError    the integrated squared state error term; key {@code state_error}
 * @param controlEffort the integrated squared force term; key {@code control_effort}
 * @param controlRate   the integrated squared force-rate term; key {@code control_rate}
 * @param sliding       the integrated squared sliding-variable term; key {@code sliding}
 */
public record CostTerms(double stateError, double controlEffort, double controlRate, double sliding) {

    /** The YAML keys in component order. */
    public static final String[] KEYS = {"state_error", "control_effort", "control_rate", "sliding"};

    /** @return the components in {@link #KEYS} order */
    public double[] toArray() {
        return new double[] {stateError, controlEffort, controlRate, sliding};
    }

    /**
     * @param path  dotted path of this block, e.g. {@code cost_function.norms}
     * @param range allowed values of every term
     * @return this
     * @throws ConfigException naming the term
     */
    CostTerms check(String path, Range range) {
        double[] values = toArray();
        for (int i = 0; i < KEYS.length; i++) {
            range.check(path + "." + KEYS[i], values[i]);
        }
        return this;
    }
}
