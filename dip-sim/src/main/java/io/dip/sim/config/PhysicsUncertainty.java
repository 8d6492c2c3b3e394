package io.dip.sim.config;

import io.dip.api.PhysicalParameters;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code physics_uncertainty} section: the relative half-width δ of each physical parameter for robustness
 * draws (Monte Carlo, tuner parameter draws): a drawn value is {@code p·(1 + δ·r)} with r ~ U(−1, 1).
 *
 * @param deltas δ for every key of {@link PhysicalParameters#KEYS}, in that order, each in [0, 1)
 */
public record PhysicsUncertainty(Map<String, Double> deltas) {

    /** Section name. */
    public static final String SECTION = "physics_uncertainty";

    /** The built-in defaults: 0.05 for masses, lengths, centres of mass and inertias, 0.1 for frictions, 0 for g. */
    public static final PhysicsUncertainty DEFAULTS = new PhysicsUncertainty(defaultDeltas());

    /**
     * Validates the keys and values; keys not given take their default.
     *
     * @throws ConfigException for an unknown key or a δ outside [0, 1)
     */
    public PhysicsUncertainty {
        Map<String, Double> given = deltas == null ? Map.of() : deltas;
        for (String key : given.keySet()) {
            if (PhysicalParameters.indexOf(key) < 0) {
                throw ConfigException.withMessage(SECTION + "." + key, "unknown key " + SECTION + "." + key
                        + " (allowed: " + String.join(", ", PhysicalParameters.KEYS) + ")", null);
            }
        }
        Map<String, Double> complete = new LinkedHashMap<>();
        Map<String, Double> defaults = defaultDeltas();
        for (String key : PhysicalParameters.KEYS) {
            Double value = given.get(key);
            double delta = value == null ? defaults.get(key) : value;
            complete.put(key, Range.RELATIVE_SPREAD.check(SECTION + "." + key, delta));
        }
        deltas = Collections.unmodifiableMap(complete);
    }

    private static Map<String, Double> defaultDeltas() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String key : PhysicalParameters.KEYS) {
            out.put(key, key.equals("gravity") ? 0.0 : key.endsWith("_friction") ? 0.1 : 0.05);
        }
        return out;
    }

    /** @return δ of one key */
    public double delta(String key) {
        Double value = deltas.get(key);
        if (value == null) {
            throw new IllegalArgumentException("unknown physics key '" + key + "'");
        }
        return value;
    }

    /** @return every δ in {@link PhysicalParameters#KEYS} order */
    public double[] toArray() {
        double[] out = new double[PhysicalParameters.KEYS.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = deltas.get(PhysicalParameters.KEYS[i]);
        }
        return out;
    }
}
