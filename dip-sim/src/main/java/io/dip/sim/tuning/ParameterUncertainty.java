package io.dip.sim.tuning;

import io.dip.api.PhysicalParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Relative uncertainty δ of each physical parameter (MODEL.md §9, YAML section {@code physics_uncertainty}): a
 * drawn plant has {@code p·(1 + δ·U(−1, 1))} for every parameter p.
 *
 * @param relative δ per parameter, in {@link PhysicalParameters#KEYS} order, each finite and in [0, 1)
 */
public record ParameterUncertainty(double[] relative) {

    /** YAML section name. */
    public static final String SECTION = "physics_uncertainty";

    /** MODEL.md §9: 0.05 for masses, lengths and inertias, 0.1 for frictions, 0 for gravity. */
    public static final ParameterUncertainty DEFAULTS = new ParameterUncertainty(
            new double[] {0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.05, 0.0, 0.1, 0.1, 0.1});

    /** Checks the values and copies the array. */
    public ParameterUncertainty {
        if (relative == null || relative.length != PhysicalParameters.KEYS.length) {
            throw new IllegalArgumentException(SECTION + " needs one value per physics key ("
                    + PhysicalParameters.KEYS.length + ")");
        }
        relative = relative.clone();
        for (int i = 0; i < relative.length; i++) {
            if (!(relative[i] >= 0 && relative[i] < 1)) {
                throw new IllegalArgumentException(SECTION + "." + PhysicalParameters.KEYS[i]
                        + " must be in [0, 1), got " + relative[i]);
            }
        }
    }

    /**
     * @param delta the same δ for every parameter but gravity
     * @return uncertainty δ on everything except g (which stays exact)
     */
    public static ParameterUncertainty uniform(double delta) {
        double[] r = new double[PhysicalParameters.KEYS.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = PhysicalParameters.KEYS[i].equals("gravity") ? 0.0 : delta;
        }
        return new ParameterUncertainty(r);
    }

    /**
     * @param values key → δ; keys not given keep their {@link #DEFAULTS} value
     * @return the uncertainty
     * @throws IllegalArgumentException naming an unknown key or a bad value
     */
    public static ParameterUncertainty fromMap(Map<String, ? extends Number> values) {
        double[] r = DEFAULTS.relative();
        for (Map.Entry<String, ? extends Number> e : values.entrySet()) {
            int index = PhysicalParameters.indexOf(e.getKey());
            if (index < 0) {
                throw new IllegalArgumentException("unknown key " + SECTION + "." + e.getKey() + " (allowed: "
                        + String.join(", ", PhysicalParameters.KEYS) + ")");
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException(SECTION + "." + e.getKey() + " must be a number, got null");
            }
            r[index] = e.getValue().doubleValue();
        }
        return new ParameterUncertainty(r);
    }

    /** @return a copy of δ per parameter */
    @Override
    public double[] relative() {
        return relative.clone();
    }

    /**
     * Draws one plant: 13 uniform numbers, one per parameter in {@link PhysicalParameters#KEYS} order (also for a
     * δ of 0, so the sequence of draws does not depend on δ).
     *
     * @param nominal the nominal parameters
     * @param random  the source of the draws
     * @return {@code p·(1 + δ·U(−1, 1))} for every parameter
     */
    public PhysicalParameters draw(PhysicalParameters nominal, RandomGenerator random) {
        double[] p = nominal.toArray();
        for (int i = 0; i < p.length; i++) {
            double u = 2.0 * random.nextDouble() - 1.0;
            p[i] *= 1.0 + relative[i] * u;
        }
        return PhysicalParameters.fromArray(p);
    }

    /** @return key → δ, for result files */
    public Map<String, Double> toMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int i = 0; i < relative.length; i++) {
            m.put(PhysicalParameters.KEYS[i], relative[i]);
        }
        return m;
    }

    /** Two uncertainties are equal when their δ arrays are. */
    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterUncertainty u && java.util.Arrays.equals(relative, u.relative);
    }

    /** @return a hash of the δ values */
    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(relative);
    }

    /** @return the δ values by key */
    @Override
    public String toString() {
        return SECTION + toMap();
    }
}
