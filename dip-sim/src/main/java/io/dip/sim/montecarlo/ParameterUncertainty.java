package io.dip.sim.montecarlo;

import io.dip.api.PhysicalParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Relative uncertainty δ per physical parameter (YAML section {@code physics_uncertainty}): a draw is
 * {@code p·(1 + δ·U(−1,1))} for every parameter p (docs/model.md §9). Defaults: 0.05 for masses, lengths and inertias,
 * 0.1 for frictions, 0 for gravity. Immutable.
 */
public final class ParameterUncertainty {

    /** YAML section name. */
    public static final String SECTION = "physics_uncertainty";

    private static final int GRAVITY = PhysicalParameters.indexOf("gravity");
    private static final int FIRST_FRICTION = PhysicalParameters.indexOf("cart_friction");

    /** The defaults of docs/model.md §9. */
    public static final ParameterUncertainty DEFAULTS = new ParameterUncertainty(defaultDeltas());

    /** No uncertainty: every draw returns the nominal parameters. */
    public static final ParameterUncertainty NONE = new ParameterUncertainty(new double[PhysicalParameters.KEYS.length]);

    private final double[] deltas;

    private ParameterUncertainty(double[] deltas) {
        for (int i = 0; i < deltas.length; i++) {
            if (!(deltas[i] >= 0 && deltas[i] < 1)) {
                throw new IllegalArgumentException(SECTION + "." + PhysicalParameters.KEYS[i]
                        + " must be in [0, 1), got " + deltas[i]);
            }
        }
        this.deltas = deltas;
    }

    private static double[] defaultDeltas() {
        double[] d = new double[PhysicalParameters.KEYS.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = i == GRAVITY ? 0.0 : i >= FIRST_FRICTION ? 0.1 : 0.05;
        }
        return d;
    }

    /**
     * @param values δ per key of {@link PhysicalParameters#KEYS}; keys not given keep their default
     * @return the uncertainty
     * @throws IllegalArgumentException naming {@code physics_uncertainty.<key>} for an unknown key or a δ outside
     *                                  [0, 1)
     */
    public static ParameterUncertainty fromMap(Map<String, ? extends Number> values) {
        double[] d = defaultDeltas();
        for (Map.Entry<String, ? extends Number> e : values.entrySet()) {
            int index = PhysicalParameters.indexOf(e.getKey());
            if (index < 0) {
                throw new IllegalArgumentException("unknown key " + SECTION + "." + e.getKey() + " (allowed: "
                        + String.join(", ", PhysicalParameters.KEYS) + ")");
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException(SECTION + "." + e.getKey() + " must be a number, got null");
            }
            d[index] = e.getValue().doubleValue();
        }
        return new ParameterUncertainty(d);
    }

    /**
     * @param key a key of {@link PhysicalParameters#KEYS}
     * @return its δ
     */
    public double delta(String key) {
        int index = PhysicalParameters.indexOf(key);
        if (index < 0) {
            throw new IllegalArgumentException("unknown key " + SECTION + "." + key);
        }
        return deltas[index];
    }

    /**
     * Draws every parameter in {@link PhysicalParameters#KEYS} order, one uniform each (also where δ = 0, so that
     * the random stream does not depend on which δ are zero).
     *
     * @param nominal the nominal parameters
     * @param random  the run's generator
     * @return the drawn parameters
     */
    public PhysicalParameters draw(PhysicalParameters nominal, SplittableRandom random) {
        double[] p = nominal.toArray();
        for (int i = 0; i < p.length; i++) {
            p[i] *= 1.0 + deltas[i] * random.nextDouble(-1.0, 1.0);
        }
        return PhysicalParameters.fromArray(p);
    }

    /** @return key → δ, in {@link PhysicalParameters#KEYS} order */
    public Map<String, Double> toMap() {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < deltas.length; i++) {
            map.put(PhysicalParameters.KEYS[i], deltas[i]);
        }
        return map;
    }
}
