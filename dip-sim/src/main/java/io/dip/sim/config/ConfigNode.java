package io.dip.sim.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of a raw configuration tree, as parsed from YAML or built from overrides, before validation. Each node
 * remembers where it came from ({@code in dip.yaml, line 4}) so that errors can say so.
 *
 * <p>Scalars hold {@link Long}, {@link Double}, {@link String}, {@link Boolean} or null (a key with no value).
 */
sealed interface ConfigNode {

    /** @return where the node came from, e.g. {@code in dip.yaml, line 4}, or null when unknown */
    String origin();

    /** @return a short description of the value for messages: {@code 'abc'}, {@code 1.5}, {@code a list} */
    String describe();

    /** @return the plain Java value: Long, Double, String, Boolean, null, List or Map (immutable) */
    Object toPlain();

    /**
     * A mapping of keys to nodes, in file order. Mutable only while overrides are applied.
     *
     * @param entries the keys and their nodes
     * @param origin  where the mapping starts
     */
    record Section(Map<String, ConfigNode> entries, String origin) implements ConfigNode {

        /** @return an empty section without origin */
        static Section empty(String origin) {
            return new Section(new LinkedHashMap<>(), origin);
        }

        @Override
        public String describe() {
            return "a section";
        }

        @Override
        public Object toPlain() {
            Map<String, Object> out = new LinkedHashMap<>();
            entries.forEach((k, v) -> out.put(k, v.toPlain()));
            return Collections.unmodifiableMap(out);
        }
    }

    /**
     * A list of nodes.
     *
     * @param items  the items in order
     * @param origin where the list starts
     */
    record Sequence(List<ConfigNode> items, String origin) implements ConfigNode {

        @Override
        public String describe() {
            return "a list";
        }

        @Override
        public Object toPlain() {
            List<Object> out = new ArrayList<>(items.size());
            items.forEach(item -> out.add(item.toPlain()));
            return Collections.unmodifiableList(out);
        }
    }

    /**
     * A single value.
     *
     * @param value  Long, Double, String, Boolean or null
     * @param origin where the value is written
     */
    record Scalar(Object value, String origin) implements ConfigNode {

        @Override
        public String describe() {
            if (value == null) {
                return "no value";
            }
            return value instanceof String ? "'" + value + "'" : String.valueOf(value);
        }

        @Override
        public Object toPlain() {
            return value;
        }
    }

    /**
     * Converts a plain Java value (as held by option maps or given as an override) into a node.
     *
     * @param path   dotted path of the value, for messages
     * @param value  a number, string, boolean, list or map with string keys
     * @param origin where the value came from
     * @return the node
     * @throws ConfigException when the value (or a nested one) is null or of another type
     */
    static ConfigNode fromPlain(String path, Object value, String origin) {
        if (value instanceof Map<?, ?> map) {
            Map<String, ConfigNode> entries = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                entries.put(key, fromPlain(path + "." + key, e.getValue(), origin));
            }
            return new Section(entries, origin);
        }
        if (value instanceof List<?> list) {
            List<ConfigNode> items = new ArrayList<>(list.size());
            for (int i = 0; i < list.size(); i++) {
                items.add(fromPlain(path + "[" + i + "]", list.get(i), origin));
            }
            return new Sequence(items, origin);
        }
        if (value instanceof double[] array) {
            List<ConfigNode> items = new ArrayList<>(array.length);
            for (double v : array) {
                items.add(new Scalar(v, origin));
            }
            return new Sequence(items, origin);
        }
        return new Scalar(plainScalar(path, value), origin);
    }

    /**
     * Deep-copies a plain value into the canonical immutable form: integers as Long, other numbers as Double, lists
     * and maps unmodifiable.
     *
     * @param path  dotted path of the value, for messages
     * @param value the value
     * @return the canonical copy
     * @throws ConfigException when a value is null or not a number, string, boolean, list or map
     */
    static Object canonical(String path, Object value) {
        return fromPlain(path, value, null).toPlain();
    }

    private static Object plainScalar(String path, Object value) {
        if (value == null) {
            throw new ConfigException(path, "has no value");
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : (Object) big.doubleValue();
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        throw new ConfigException(path, "must be a number, text, true/false, a list or a section, got "
                + value.getClass().getSimpleName() + " " + value);
    }
}
