package io.dip.sim.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.dip.sim.runtime.PluginNames;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML text into a {@link ConfigNode} tree that remembers the line of every value, finds the origin of a
 * dotted path, and applies dotted-key overrides.
 */
final class ConfigTree {

    private ConfigTree() {
    }

    /**
     * The YAML parser factory, built when YAML text is first read: the built-in defaults alone, and the overrides of
     * command-line flags, do without Jackson and SnakeYAML, whose start-up costs a short run tens of milliseconds.
     */
    private static final class Yaml {

        /** Plain empty values read as null; only {@code true}/{@code false} are booleans ({@code yes} is text). */
        private static final YAMLFactory FACTORY = YAMLFactory.builder()
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
                .build();

        private Yaml() {
        }
    }

    /**
     * @param text  YAML text holding one document: a mapping of sections (empty text means no settings)
     * @param label where the text comes from, e.g. the file name; origins read {@code in <label>, line N}
     * @return the root section
     * @throws ConfigException for malformed YAML, a duplicate key, or a document that is not a mapping
     */
    static ConfigNode.Section parse(String text, String label) {
        ConfigNode root = parseValue(text, label, true);
        if (root == null) {
            return ConfigNode.Section.empty("in " + label);
        }
        if (!(root instanceof ConfigNode.Section section)) {
            throw ConfigException.withMessage(null, "the configuration must be a mapping of sections such as "
                    + "'simulation:', got " + root.describe() + " (in " + label + ")", null);
        }
        return section;
    }

    /**
     * @param text  YAML text of one value, e.g. {@code 0.01}, {@code rk45}, {@code [0, 0.1, 0, 0, 0, 0]}
     * @param label where the text comes from, e.g. {@code override simulation.dt}; origins read
     *              {@code from <label>}
     * @return the value, or null for empty text
     * @throws ConfigException when the text is not valid YAML
     */
    static ConfigNode parseValue(String text, String label) {
        return parseValue(text, label, false);
    }

    /** Empty text holds no value, as the parser would find: it is answered without starting the parser. */
    private static ConfigNode parseValue(String text, String label, boolean withLines) {
        if (text.isEmpty()) {
            return null;
        }
        try (JsonParser parser = Yaml.FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return null;
            }
            ConfigNode root = read(parser, label, withLines, "", where(label, parser, withLines));
            if (parser.nextToken() != null) {
                throw ConfigException.withMessage(null, label + " holds more than one YAML document ("
                        + where(label, parser, withLines) + ")", null);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw ConfigException.withMessage(null, "cannot parse " + label + locationOf(e.getLocation(), withLines)
                    + ": " + cleanYamlMessage(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw ConfigException.withMessage(null, "cannot read " + label + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param origin where the value is written: the line of its key for a mapping entry (a nested block starts on
     *               the next line), else the line of the value itself
     */
    private static ConfigNode read(JsonParser parser, String label, boolean withLines, String path, String origin)
            throws IOException {
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT -> {
                Map<String, ConfigNode> entries = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String key = parser.currentName();
                    String keyPath = path.isEmpty() ? key : path + "." + key;
                    String keyOrigin = where(label, parser, withLines);
                    parser.nextToken();
                    ConfigNode value = read(parser, label, withLines, keyPath, keyOrigin);
                    if (entries.put(key, value) != null) {
                        throw new ConfigException(keyPath, "is given twice").locatedAt(keyOrigin);
                    }
                }
                return new ConfigNode.Section(entries, origin);
            }
            case START_ARRAY -> {
                List<ConfigNode> items = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(read(parser, label, withLines, path + "[" + items.size() + "]",
                            where(label, parser, withLines)));
                }
                return new ConfigNode.Sequence(items, origin);
            }
            case VALUE_NUMBER_INT -> {
                Number n = parser.getNumberValue();
                Object value = n instanceof BigInteger big ? (Object) big.doubleValue() : (Object) n.longValue();
                return new ConfigNode.Scalar(value, origin);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new ConfigNode.Scalar(floatValue(parser), origin);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new ConfigNode.Scalar(token == JsonToken.VALUE_TRUE, origin);
            }
            case VALUE_NULL -> {
                return new ConfigNode.Scalar(null, origin);
            }
            default -> {
                return new ConfigNode.Scalar(parser.getText(), origin);
            }
        }
    }

    /** Reads a float, accepting YAML's {@code .inf}, {@code -.inf} and {@code .nan} (rejected later as such). */
    private static double floatValue(JsonParser parser) throws IOException {
        try {
            return parser.getDoubleValue();
        } catch (JsonProcessingException | NumberFormatException e) {
            String text = parser.getText().strip().toLowerCase(java.util.Locale.ROOT);
            return switch (text) {
                case ".inf", "+.inf" -> Double.POSITIVE_INFINITY;
                case "-.inf" -> Double.NEGATIVE_INFINITY;
                case ".nan" -> Double.NaN;
                default -> throw e;
            };
        }
    }

    private static String where(String label, JsonParser parser, boolean withLines) {
        return withLines ? "in " + label + ", line " + parser.currentTokenLocation().getLineNr() : "from " + label;
    }

    private static String locationOf(JsonLocation location, boolean withLines) {
        if (!withLines || location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** Keeps the explanatory lines of a YAML error, dropping the echoed source and caret lines. */
    private static String cleanYamlMessage(String message) {
        if (message == null) {
            return "malformed YAML";
        }
        List<String> kept = new ArrayList<>();
        for (String line : message.split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                kept.add(line.strip());
            }
        }
        return kept.isEmpty() ? message.strip() : String.join("; ", kept);
    }

    /**
     * @param root the tree
     * @param path a dotted path such as {@code disturbances[1].width} or {@code controllers.sta_smc.gains[0]}
     * @return the origin of the deepest node on the path that exists (keys are also matched after
     *         normalisation), or null
     */
    static String originOf(ConfigNode.Section root, String path) {
        if (path == null) {
            return root.origin();
        }
        ConfigNode node = root;
        String origin = root.origin();
        for (String segment : path.split("\\.")) {
            int bracket = segment.indexOf('[');
            node = child(node, bracket < 0 ? segment : segment.substring(0, bracket));
            if (node == null) {
                return origin;
            }
            origin = node.origin() == null ? origin : node.origin();
            if (bracket >= 0) {
                for (String index : segment.substring(bracket + 1, segment.length() - 1).split("\\]\\[")) {
                    int i = Integer.parseInt(index);
                    if (!(node instanceof ConfigNode.Sequence seq) || i >= seq.items().size()) {
                        return origin;
                    }
                    node = seq.items().get(i);
                    origin = node.origin() == null ? origin : node.origin();
                }
            }
        }
        return origin;
    }

    private static ConfigNode child(ConfigNode node, String key) {
        if (!(node instanceof ConfigNode.Section section)) {
            return null;
        }
        return section.entries().get(existingKey(section, key));
    }

    /**
     * @return {@code key} when present, else the first key of the section that normalises to it (controller names
     *         may be written {@code STA-SMC}), else {@code key}
     */
    private static String existingKey(ConfigNode.Section section, String key) {
        if (section.entries().containsKey(key)) {
            return key;
        }
        String wanted = key.isBlank() ? key : PluginNames.normalise(key);
        for (String candidate : section.entries().keySet()) {
            if (!candidate.isBlank() && PluginNames.normalise(candidate).equals(wanted)) {
                return candidate;
            }
        }
        return key;
    }

    /**
     * Sets the value at a dotted path, creating missing sections on the way. A key matches an existing key that
     * normalises to the same name, so {@code controllers.sta_smc.gains} reaches an entry written {@code STA-SMC}.
     *
     * @param root  the tree (modified)
     * @param path  e.g. {@code simulation.dt} or {@code controllers.sta_smc.gains}
     * @param value the new node
     * @throws ConfigException when the path is malformed or runs through a value that is not a section
     */
    static void set(ConfigNode.Section root, String path, ConfigNode value) {
        String[] segments = path.split("\\.", -1);
        ConfigNode.Section section = root;
        StringBuilder walked = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            String written = segments[i].strip();
            if (written.isEmpty()) {
                throw ConfigException.withMessage(path, "cannot set '" + path + "': empty key in the dotted path",
                        null);
            }
            walked.append(walked.length() == 0 ? "" : ".").append(written);
            String key = existingKey(section, written);
            if (i == segments.length - 1) {
                section.entries().put(key, value);
                return;
            }
            ConfigNode next = section.entries().get(key);
            if (next == null || next instanceof ConfigNode.Scalar scalar && scalar.value() == null) {
                next = ConfigNode.Section.empty(value.origin());
                section.entries().put(key, next);
            }
            if (!(next instanceof ConfigNode.Section nested)) {
                throw ConfigException.withMessage(path, "cannot set " + path + ": " + walked + " is "
                        + next.describe() + ", not a section", null);
            }
            section = nested;
        }
    }
}
