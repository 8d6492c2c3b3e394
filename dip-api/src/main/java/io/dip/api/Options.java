package io.dip.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A read-only block of named options as it comes from YAML (numbers, strings, booleans, lists and nested maps),
 * with typed accessors whose errors name the full dotted path of the offending key, e.g.
 * {@code controllers.adaptive_smc.leak_rate must be >= 0, got -1.0}.
 *
 * <p>Read options once, at creation time; never on the hot path.
 */
public final class Options {

    private final String path;
    private final Map<String, Object> values;

    private Options(String path, Map<String, ?> values) {
        this.path = path;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * @param path   dotted path of this block in the configuration, e.g. {@code controllers.sta_smc}
     * @param values the raw values (copied)
     * @return the options block
     */
    public static Options of(String path, Map<String, ?> values) {
        return new Options(path, values == null ? Map.of() : values);
    }

    /**
     * @param path dotted path of this (empty) block
     * @return an empty block
     */
    public static Options empty(String path) {
        return new Options(path, Map.of());
    }

    /** @return the dotted path of this block */
    public String path() {
        return path;
    }

    /** @return the raw values, read-only */
    public Map<String, Object> asMap() {
        return values;
    }

    /**
     * @param key a key
     * @return its dotted path, e.g. {@code controllers.sta_smc.boundary_layer}
     */
    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** @return true when the key is present */
    public boolean has(String key) {
        return values.containsKey(key);
    }

    /**
     * Fails when the block holds a key outside {@code allowed}.
     *
     * @param allowed the keys the reader understands
     * @throws IllegalArgumentException naming the first unknown key and listing the allowed ones
     */
    public void requireOnly(Set<String> allowed) {
        for (String key : values.keySet()) {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException("unknown key " + pathOf(key) + " (allowed: "
                        + String.join(", ", new TreeSet<>(allowed)) + ")");
            }
        }
    }

    /**
     * @return the number under {@code key}, or {@code fallback} when absent
     * @throws IllegalArgumentException when present but not a finite number
     */
    public double getDouble(String key, double fallback) {
        Object raw = values.get(key);
        if (raw == null) {
            return fallback;
        }
        return toFiniteDouble(key, raw);
    }

    /**
     * @return the number under {@code key} (or {@code fallback}), checked to lie in {@code [min, max]}
     * @throws IllegalArgumentException naming the key and the allowed range
     */
    public double getDouble(String key, double fallback, double min, double max) {
        double v = getDouble(key, fallback);
        if (v < min || v > max) {
            throw new IllegalArgumentException(pathOf(key) + " must be in [" + min + ", " + max + "], got " + v);
        }
        return v;
    }

    /**
     * @return the integer under {@code key} (or {@code fallback}), checked to lie in {@code [min, max]}
     * @throws IllegalArgumentException when not an integer in range
     */
    public int getInt(String key, int fallback, int min, int max) {
        Object raw = values.get(key);
        if (raw == null) {
            return fallback;
        }
        double v = toFiniteDouble(key, raw);
        if (v != Math.rint(v) || v < min || v > max) {
            throw new IllegalArgumentException(pathOf(key) + " must be an integer in [" + min + ", " + max
                    + "], got " + raw);
        }
        return (int) v;
    }

    /**
     * @return the boolean under {@code key}, or {@code fallback}
     * @throws IllegalArgumentException when present but not a boolean
     */
    public boolean getBoolean(String key, boolean fallback) {
        Object raw = values.get(key);
        if (raw == null) {
            return fallback;
        }
        if (raw instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException(pathOf(key) + " must be true or false, got " + raw);
    }

    /**
     * @return the string under {@code key} (or {@code fallback}), which must be one of {@code allowed}
     * @throws IllegalArgumentException when not one of the allowed values
     */
    public String getChoice(String key, String fallback, Set<String> allowed) {
        Object raw = values.get(key);
        if (raw == null) {
            return fallback;
        }
        String v = raw.toString();
        if (!allowed.contains(v)) {
            throw new IllegalArgumentException(pathOf(key) + " must be one of " + new TreeSet<>(allowed)
                    + ", got " + v);
        }
        return v;
    }

    /**
     * @return the list of numbers under {@code key}, or null when absent
     * @throws IllegalArgumentException when present but not a list of finite numbers of the expected length
     *                                  ({@code expectedLength < 0} accepts any length)
     */
    public double[] getDoubleArray(String key, int expectedLength) {
        Object raw = values.get(key);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof List<?> list)) {
            throw new IllegalArgumentException(pathOf(key) + " must be a list of numbers, got " + raw);
        }
        if (expectedLength >= 0 && list.size() != expectedLength) {
            throw new IllegalArgumentException(pathOf(key) + " must hold " + expectedLength + " numbers, got "
                    + list.size());
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = toFiniteDouble(key + "[" + i + "]", list.get(i));
        }
        return out;
    }

    /**
     * @return the nested block under {@code key} (empty when absent)
     * @throws IllegalArgumentException when present but not a map
     */
    public Options getBlock(String key) {
        Object raw = values.get(key);
        if (raw == null) {
            return empty(pathOf(key));
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(pathOf(key) + " must be a block of keys, got " + raw);
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return of(pathOf(key), copy);
    }

    private double toFiniteDouble(String key, Object raw) {
        double v;
        if (raw instanceof Number n) {
            v = n.doubleValue();
        } else {
            throw new IllegalArgumentException(pathOf(key) + " must be a number, got " + raw);
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(pathOf(key) + " must be finite, got " + v);
        }
        return v;
    }

    @Override
    public String toString() {
        return path + values;
    }
}
