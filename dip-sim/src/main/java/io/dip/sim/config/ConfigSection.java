package io.dip.sim.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A typed, path-aware view of one section of a raw configuration tree: it rejects unknown keys and values of the
 * wrong type, naming the dotted path and the origin. Range checks belong to the settings records.
 */
final class ConfigSection {

    private final String path;
    private final ConfigNode.Section node;

    /**
     * @param path dotted path of this section ({@code ""} for the root)
     * @param node the section's node
     */
    ConfigSection(String path, ConfigNode.Section node) {
        this.path = path;
        this.node = node;
    }

    /** @return the dotted path of {@code key} in this section */
    String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** @return the keys present, in file order */
    Set<String> keys() {
        return node.entries().keySet();
    }

    /** @return true when {@code key} is present */
    boolean has(String key) {
        return node.entries().containsKey(key);
    }

    /** @return where this section starts, or null */
    String origin() {
        return node.origin();
    }

    /**
     * @param allowed the keys this section may hold
     * @throws ConfigException {@code unknown key simulation.dtt (allowed: dt, duration, ...)}
     */
    void requireOnly(Set<String> allowed) {
        for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                throw ConfigException.withMessage(pathOf(entry.getKey()), "unknown key " + pathOf(entry.getKey())
                        + " (allowed: " + String.join(", ", new TreeSet<>(allowed)) + ")", null)
                        .locatedAt(entry.getValue().origin());
            }
        }
    }

    /** @return the number under {@code key}, or {@code fallback} when absent */
    double number(String key, double fallback) {
        ConfigNode value = node.entries().get(key);
        return value == null ? fallback : toDouble(pathOf(key), value);
    }

    /** @return the integer under {@code key}, or {@code fallback} when absent */
    long integer(String key, long fallback) {
        ConfigNode value = node.entries().get(key);
        return value == null ? fallback : toLong(pathOf(key), value);
    }

    /** @return the integer under {@code key}, which must fit an int, or {@code fallback} when absent */
    int smallInteger(String key, int fallback) {
        ConfigNode value = node.entries().get(key);
        if (value == null) {
            return fallback;
        }
        long v = toLong(pathOf(key), value);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw new ConfigException(pathOf(key), "must be an integer between " + Integer.MIN_VALUE + " and "
                    + Integer.MAX_VALUE + ", got " + v).locatedAt(value.origin());
        }
        return (int) v;
    }

    /** @return the boolean under {@code key}, or {@code fallback} when absent */
    boolean flag(String key, boolean fallback) {
        ConfigNode value = node.entries().get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof ConfigNode.Scalar scalar && scalar.value() instanceof Boolean b) {
            return b;
        }
        throw fail(key, value, "must be true or false");
    }

    /** @return the text under {@code key}, or {@code fallback} when absent */
    String text(String key, String fallback) {
        ConfigNode value = node.entries().get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof ConfigNode.Scalar scalar && scalar.value() instanceof String s) {
            return s;
        }
        throw fail(key, value, "must be a name");
    }

    /** @return the list of numbers under {@code key}, or {@code fallback} when absent */
    double[] numbers(String key, double[] fallback) {
        ConfigNode value = node.entries().get(key);
        return value == null ? fallback : toDoubles(pathOf(key), value);
    }

    /**
     * @return the list of numbers under {@code key}; a single number is repeated {@code length} times; or
     *         {@code fallback} when absent
     */
    double[] numbersOrScalar(String key, double[] fallback, int length) {
        ConfigNode value = node.entries().get(key);
        if (value instanceof ConfigNode.Scalar scalar && scalar.value() instanceof Number) {
            double v = toDouble(pathOf(key), value);
            double[] out = new double[length];
            java.util.Arrays.fill(out, v);
            return out;
        }
        return numbers(key, fallback);
    }

    /** @return the list of lists of numbers under {@code key}, or {@code fallback} when absent */
    double[][] numberRows(String key, double[][] fallback) {
        ConfigNode value = node.entries().get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof ConfigNode.Sequence sequence)) {
            throw fail(key, value, "must be a list of lists of numbers");
        }
        double[][] rows = new double[sequence.items().size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = toDoubles(pathOf(key) + "[" + i + "]", sequence.items().get(i));
        }
        return rows;
    }

    /** @return the section under {@code key}; empty when absent or given without a value */
    ConfigSection section(String key) {
        ConfigNode value = node.entries().get(key);
        if (value == null || value instanceof ConfigNode.Scalar scalar && scalar.value() == null) {
            return new ConfigSection(pathOf(key), ConfigNode.Section.empty(value == null ? origin() : value.origin()));
        }
        if (value instanceof ConfigNode.Section section) {
            return new ConfigSection(pathOf(key), section);
        }
        throw fail(key, value, "must be a section of keys");
    }

    /** @return the sections listed under {@code key} (path {@code key[i]}); empty when absent */
    List<ConfigSection> sectionList(String key) {
        ConfigNode value = node.entries().get(key);
        List<ConfigSection> out = new ArrayList<>();
        if (value == null || value instanceof ConfigNode.Scalar scalar && scalar.value() == null) {
            return out;
        }
        if (!(value instanceof ConfigNode.Sequence sequence)) {
            throw fail(key, value, "must be a list of sections");
        }
        for (int i = 0; i < sequence.items().size(); i++) {
            ConfigNode item = sequence.items().get(i);
            String itemPath = pathOf(key) + "[" + i + "]";
            if (!(item instanceof ConfigNode.Section section)) {
                throw new ConfigException(itemPath, "must be a section of keys, got " + item.describe())
                        .locatedAt(item.origin());
            }
            out.add(new ConfigSection(itemPath, section));
        }
        return out;
    }

    /**
     * @param excluded keys left out
     * @return the other entries as plain values (see {@link ConfigNode#toPlain()}), in file order
     * @throws ConfigException when a value is missing
     */
    Map<String, Object> plainEntries(Set<String> excluded) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, ConfigNode> entry : node.entries().entrySet()) {
            if (!excluded.contains(entry.getKey())) {
                requireValues(pathOf(entry.getKey()), entry.getValue());
                out.put(entry.getKey(), entry.getValue().toPlain());
            }
        }
        return out;
    }

    private static void requireValues(String path, ConfigNode value) {
        if (value instanceof ConfigNode.Scalar scalar && scalar.value() == null) {
            throw new ConfigException(path, "has no value").locatedAt(value.origin());
        }
        if (value instanceof ConfigNode.Section section) {
            section.entries().forEach((k, v) -> requireValues(path + "." + k, v));
        } else if (value instanceof ConfigNode.Sequence sequence) {
            for (int i = 0; i < sequence.items().size(); i++) {
                requireValues(path + "[" + i + "]", sequence.items().get(i));
            }
        }
    }

    private ConfigException fail(String key, ConfigNode value, String rule) {
        return new ConfigException(pathOf(key), rule + ", got " + value.describe()).locatedAt(value.origin());
    }

    private static double toDouble(String path, ConfigNode value) {
        if (value instanceof ConfigNode.Scalar scalar && scalar.value() instanceof Number n) {
            return n.doubleValue();
        }
        throw new ConfigException(path, "must be a number, got " + value.describe()).locatedAt(value.origin());
    }

    private static long toLong(String path, ConfigNode value) {
        if (value instanceof ConfigNode.Scalar scalar && scalar.value() instanceof Long n) {
            return n;
        }
        throw new ConfigException(path, "must be an integer, got " + value.describe()).locatedAt(value.origin());
    }

    private static double[] toDoubles(String path, ConfigNode value) {
        if (!(value instanceof ConfigNode.Sequence sequence)) {
            throw new ConfigException(path, "must be a list of numbers, got " + value.describe())
                    .locatedAt(value.origin());
        }
        double[] out = new double[sequence.items().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toDouble(path + "[" + i + "]", sequence.items().get(i));
        }
        return out;
    }
}
