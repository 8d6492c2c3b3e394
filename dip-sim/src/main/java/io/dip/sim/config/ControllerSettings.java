package io.dip.sim.config;

import io.dip.api.Options;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the {@code controllers} section: the gains and options of one controller. The options are kept raw
 * and handed to the controller provider, which validates them and names their path {@code controllers.<name>.*}.
 *
 * @param gains   the gain vector, or null for the provider's defaults; key {@code gains}
 * @param options every other key, as raw values (numbers, text, booleans, lists, sections)
 */
public record ControllerSettings(double[] gains, Map<String, Object> options) {

    /** Section name. */
    public static final String SECTION = "controllers";

    /** The key of the gain vector. */
    public static final String GAINS = "gains";

    /** No gains (provider defaults) and no options. */
    public static final ControllerSettings DEFAULTS = new ControllerSettings(null, Map.of());

    /**
     * Checks that the gains are finite and copies the options.
     *
     * @throws ConfigException with a path relative to the controller, e.g. {@code gains[2] must be a finite number}
     */
    public ControllerSettings {
        gains = gains == null ? null : Range.FINITE.checkVector(GAINS, gains, -1);
        if (options != null && options.containsKey(GAINS)) {
            throw ConfigException.withMessage(GAINS, "gains belong in the gains component, not in the options",
                    null);
        }
        options = Settings.optionMap("", options);
    }

    /** @return a copy of the gains, or null for the provider's defaults */
    @Override
    public double[] gains() {
        return gains == null ? null : gains.clone();
    }

    /**
     * @param name the controller's normalised name
     * @return the options as a path-aware block, path {@code controllers.<name>}
     */
    public Options optionBlock(String name) {
        return Options.of(SECTION + "." + name, options);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ControllerSettings s && Arrays.equals(gains, s.gains) && options.equals(s.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(gains), options);
    }

    @Override
    public String toString() {
        return "ControllerSettings[gains=" + Arrays.toString(gains) + ", options=" + options + "]";
    }
}
