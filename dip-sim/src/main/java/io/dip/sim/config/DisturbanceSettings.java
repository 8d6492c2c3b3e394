package io.dip.sim.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalLong;

/**
 * One item of the {@code disturbances} list: a force on the cart (see {@link DisturbanceType} for each type's keys,
 * formula and units).
 *
 * @param type       the YAML type: {@code step}, {@code impulse}, {@code sinusoid} or {@code white_noise}
 * @param parameters every parameter of the type with defaults filled in (an absent noise seed stays absent)
 */
public record DisturbanceSettings(String type, Map<String, Double> parameters) {

    /** Section name of the list. */
    public static final String SECTION = "disturbances";

    /**
     * Validates the type and its parameters and fills in defaults.
     *
     * @throws ConfigException with a path relative to the list item, e.g. {@code amplitude is required for a step
     *                         disturbance}
     */
    public DisturbanceSettings {
        DisturbanceType kind = DisturbanceType.of(type);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(kind.complete(
                parameters == null ? Map.of() : parameters)));
    }

    /** @return the type as an enum */
    public DisturbanceType kind() {
        return DisturbanceType.of(type);
    }

    /**
     * @param key a parameter key of this type
     * @return its value
     * @throws IllegalArgumentException when this disturbance has no such parameter
     */
    public double get(String key) {
        Double value = parameters.get(key);
        if (value == null) {
            throw new IllegalArgumentException("a " + type + " disturbance has no parameter '" + key + "' (has: "
                    + parameters.keySet() + ")");
        }
        return value;
    }

    /** @return the white-noise seed when one is given */
    public OptionalLong seed() {
        Double seed = parameters.get("seed");
        return seed == null ? OptionalLong.empty() : OptionalLong.of(seed.longValue());
    }
}
