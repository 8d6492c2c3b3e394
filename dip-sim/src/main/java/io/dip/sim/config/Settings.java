package io.dip.sim.config;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Helpers shared by the settings records. */
final class Settings {

    private Settings() {
    }

    /**
     * @param path    dotted path of the option block
     * @param options raw options (numbers, text, booleans, lists, sections), or null for none
     * @return an unmodifiable canonical deep copy (integers as Long, other numbers as Double)
     * @throws ConfigException when a value is missing or of an unsupported type
     */
    static Map<String, Object> optionMap(String path, Map<String, ?> options) {
        if (options == null) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        options.forEach((k, v) -> copy.put(k, ConfigNode.canonical(path.isEmpty() ? k : path + "." + k, v)));
        return Collections.unmodifiableMap(copy);
    }
}
