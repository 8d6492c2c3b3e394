package io.dip.sim.cli;

import io.dip.sim.config.ConfigException;
import io.dip.sim.config.DipConfig;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Command-line flags that override configuration keys: collected as {@code key ← flag value}, applied after the file
 * and the {@code --set} overrides, validated like a file, with the flag named in messages.
 */
public final class FlagOverrides {

    private final Map<String, Object> values = new LinkedHashMap<>();
    private final Map<String, String> flags = new LinkedHashMap<>();

    /**
     * @param key   the dotted configuration key, e.g. {@code simulation.dt}
     * @param flag  the flag that set it, e.g. {@code --dt}
     * @param value the value (number, text, {@code double[]}), or null when the flag was not given
     * @return this
     */
    public FlagOverrides put(String key, String flag, Object value) {
        if (value != null) {
            values.put(key, value);
            flags.put(key, flag);
        }
        return this;
    }

    /**
     * @param config the configuration of the file and {@code --set} overrides
     * @return {@code config} with every given flag applied and validated
     * @throws ConfigException naming the key and the flag, e.g. {@code simulation.dt must be > 0 and <= 1, got -1.0
     *                         (from --dt)}
     */
    DipConfig applyTo(DipConfig config) {
        if (values.isEmpty()) {
            return config;
        }
        try {
            return config.withOverrides(values);
        } catch (ConfigException e) {
            String message = e.getMessage();
            for (Map.Entry<String, String> flag : flags.entrySet()) {
                message = message.replace("from override " + flag.getKey() + ")", "from " + flag.getValue() + ")");
            }
            throw ConfigException.withMessage(e.path(), message, e);
        }
    }
}
