package io.dip.sim.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The disturbance forces a configuration may list, each with its keys. Every force is in N and acts on the cart,
 * added to the actuator's force after the motor limit (docs/model.md §5); times are in s.
 *
 * <ul>
 *   <li>{@code step}: {@code d(t) = amplitude} for t ≥ start, else 0. Keys: amplitude (required), start (0).</li>
 *   <li>{@code impulse}: {@code d(t) = amplitude} for start ≤ t &lt; start + width, else 0. Keys: amplitude,
 *       width (&gt; 0) (both required), start (0).</li>
 *   <li>{@code sinusoid}: {@code d(t) = amplitude·sin(2π·frequency·(t − start) + phase)} for t ≥ start. Keys:
 *       amplitude, frequency (Hz, &gt; 0) (both required), phase (rad, 0), start (0).</li>
 *   <li>{@code white_noise}: Gaussian noise of standard deviation std (N, ≥ 0) band-limited to bandwidth (Hz,
 *       &gt; 0), both required; optional integer seed (≥ 0; absent: derived from the run's seed).</li>
 * </ul>
 */
public enum DisturbanceType {

    /** A constant force switched on at {@code start}. */
    STEP("step", Parameter.required("amplitude", Range.FINITE), Parameter.defaulted("start", Range.NON_NEGATIVE, 0.0)),
    /** A rectangular pulse of {@code width} seconds. */
    IMPULSE("impulse", Parameter.required("amplitude", Range.FINITE),
            Parameter.defaulted("start", Range.NON_NEGATIVE, 0.0), Parameter.required("width", Range.POSITIVE)),
    /** A sine wave starting at {@code start}. */
    SINUSOID("sinusoid", Parameter.required("amplitude", Range.FINITE),
            Parameter.required("frequency", Range.POSITIVE), Parameter.defaulted("phase", Range.FINITE, 0.0),
            Parameter.defaulted("start", Range.NON_NEGATIVE, 0.0)),
    /** Band-limited Gaussian noise. */
    WHITE_NOISE("white_noise", Parameter.required("std", Range.NON_NEGATIVE),
            Parameter.required("bandwidth", Range.POSITIVE), Parameter.optionalSeed("seed"));

    /** Largest seed that a double (the parameter value type) holds exactly, 2^53. */
    public static final long MAX_SEED = 1L << 53;

    private final String key;
    private final List<Parameter> parameters;

    DisturbanceType(String key, Parameter... parameters) {
        this.key = key;
        this.parameters = List.of(parameters);
    }

    /** @return the YAML {@code type} value, e.g. {@code white_noise} */
    public String key() {
        return key;
    }

    /** @return the parameter keys in documentation order */
    public List<String> parameterKeys() {
        List<String> keys = new ArrayList<>();
        parameters.forEach(p -> keys.add(p.key()));
        return keys;
    }

    /** @return true when {@code parameter} must be written as an integer (the noise seed) */
    public boolean isInteger(String parameter) {
        return parameters.stream().anyMatch(p -> p.key().equals(parameter) && p.integer());
    }

    /**
     * @param type the YAML {@code type} value
     * @return the disturbance type
     * @throws ConfigException ({@code type must be one of ..., got 'x'}) for an unknown type
     */
    public static DisturbanceType of(String type) {
        for (DisturbanceType t : values()) {
            if (t.key.equals(type)) {
                return t;
            }
        }
        List<String> known = new ArrayList<>();
        for (DisturbanceType t : values()) {
            known.add(t.key);
        }
        throw new ConfigException("type", "must be one of " + String.join(", ", known) + ", got "
                + (type == null ? "nothing" : "'" + type + "'"));
    }

    /**
     * Validates the given parameters and fills in defaults.
     *
     * @param given the parameters written (keys relative to the disturbance)
     * @return every parameter of this type, defaults filled in (an absent optional seed stays absent)
     * @throws ConfigException with a relative path ({@code amplitude must be finite ...}) for an unknown or
     *                         missing key or a value out of range
     */
    Map<String, Double> complete(Map<String, Double> given) {
        for (String k : given.keySet()) {
            if (parameters.stream().noneMatch(p -> p.key().equals(k))) {
                throw ConfigException.withMessage(k, "unknown key " + k + " for a " + key + " disturbance (allowed: "
                        + String.join(", ", parameterKeys()) + ")", null);
            }
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            Double value = given.get(p.key());
            if (value == null) {
                if (p.required()) {
                    throw new ConfigException(p.key(), "is required for a " + key + " disturbance");
                }
                if (p.integer()) {
                    continue;
                }
                value = p.fallback();
            }
            p.range().check(p.key(), value);
            if (p.integer() && (value != Math.rint(value) || value > MAX_SEED)) {
                throw new ConfigException(p.key(), "must be an integer >= 0 and <= " + MAX_SEED + ", got " + value);
            }
            out.put(p.key(), value);
        }
        return out;
    }

    /**
     * One parameter of a disturbance type.
     *
     * @param key      the YAML key
     * @param range    allowed values
     * @param required true when it must be given
     * @param fallback the default when not required (ignored for an optional integer)
     * @param integer  true for an integer parameter (the seed), optional and without default
     */
    private record Parameter(String key, Range range, boolean required, double fallback, boolean integer) {

        static Parameter required(String key, Range range) {
            return new Parameter(key, range, true, Double.NaN, false);
        }

        static Parameter defaulted(String key, Range range, double fallback) {
            return new Parameter(key, range, false, fallback, false);
        }

        static Parameter optionalSeed(String key) {
            return new Parameter(key, Range.NON_NEGATIVE, false, Double.NaN, true);
        }
    }
}
