package io.dip.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dip.sim.cli.ControllerOptions;
import io.dip.sim.config.ConfigPluginCheck;
import io.dip.sim.config.DipConfig;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.sim.setup.ScenarioFactory;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The body of a {@code POST} that starts a job: {@code {"controller": NAME, "gains": [...], "config": {...}}}.
 *
 * <p>{@code config} is a partial configuration tree with the keys of {@code dip.yaml}. Each leaf (a value that is
 * not an object: a number, a text, a list) overrides its dotted key, exactly as {@code --set key=value} does on the
 * command line, on top of the server's configuration ({@code dip serve --config/--set}); the result is validated
 * like a file and checked against the installed plugins. Errors therefore read as the command line's do, e.g.
 * {@code simulation.dt must be > 0 and <= 1, got -1.0 (from override simulation.dt)}.
 *
 * @param controller the controller's canonical name
 * @param gains      its gain vector, or null for {@code controllers.<name>.gains}, else the provider's defaults
 * @param config     the effective configuration
 */
record RunRequest(String controller, double[] gains, DipConfig config) {

    /** The members a body may have. */
    static final Set<String> MEMBERS = Set.of("controller", "gains", "config");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Copies the gains. */
    RunRequest {
        gains = gains == null ? null : gains.clone();
    }

    /** @return a copy of the gains, or null */
    @Override
    public double[] gains() {
        return gains == null ? null : gains.clone();
    }

    /**
     * @param body     the request body
     * @param base     the server's configuration
     * @param registry the installed plugins
     * @return the request, checked: the controller exists, the configuration is valid and the providers accept it
     * @throws IllegalArgumentException (a {@link io.dip.sim.config.ConfigException} for configuration problems)
     *                                  with a one-line message naming the member or dotted key and the value
     * @throws io.dip.sim.runtime.PluginException for a controller no provider serves
     */
    static RunRequest parse(String body, DipConfig base, PluginRegistry registry) {
        JsonNode root = object(body);
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!MEMBERS.contains(name)) {
                throw new IllegalArgumentException("unknown member '" + name + "' in the request body (expected "
                        + String.join(", ", MEMBERS.stream().sorted().toList()) + ")");
            }
        }
        JsonNode controllerNode = root.path("controller");
        String controller = ControllerOptions.DEFAULT_CONTROLLER;
        if (!controllerNode.isMissingNode() && !controllerNode.isNull()) {
            if (!controllerNode.isTextual() || controllerNode.asText().isBlank()) {
                throw new IllegalArgumentException("controller must be a controller name such as "
                        + ControllerOptions.DEFAULT_CONTROLLER + ", got " + controllerNode);
            }
            controller = controllerNode.asText();
        }
        String canonical = ScenarioFactory.canonicalControllerName(registry, controller);
        double[] gains = gains(root.path("gains"));
        DipConfig config = configured(root.path("config"), base);
        ConfigPluginCheck.verify(config, registry);
        return new RunRequest(canonical, gains, config);
    }

    private static JsonNode object(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("the request body is empty; send a JSON object such as "
                    + "{\"controller\": \"" + ControllerOptions.DEFAULT_CONTROLLER + "\"}");
        }
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the request body is not valid JSON: "
                    + e.getOriginalMessage().lines().findFirst().orElse("malformed"), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the request body must be a JSON object such as {\"controller\": \""
                    + ControllerOptions.DEFAULT_CONTROLLER + "\"}, got " + abbreviate(root));
        }
        return root;
    }

    private static double[] gains(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        if (!node.isArray()) {
            throw new IllegalArgumentException("gains must be a list of numbers, got " + abbreviate(node));
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode item = node.get(i);
            if (!item.isNumber() || !Double.isFinite(item.asDouble())) {
                throw new IllegalArgumentException("gains: item " + (i + 1) + " must be a finite number, got "
                        + abbreviate(item));
            }
            values[i] = item.asDouble();
        }
        return values;
    }

    private static DipConfig configured(JsonNode node, DipConfig base) {
        if (node.isMissingNode() || node.isNull()) {
            return base;
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException("config must be an object with the keys of dip.yaml, such as "
                    + "{\"simulation\": {\"dt\": 0.001}}, got " + abbreviate(node));
        }
        Map<String, Object> overrides = new LinkedHashMap<>();
        flatten("", node, overrides);
        return overrides.isEmpty() ? base : base.withOverrides(overrides);
    }

    /** Collects every leaf of an object tree as {@code dotted.key → plain value} (lists are leaves). */
    private static void flatten(String prefix, JsonNode node, Map<String, Object> into) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
            if (field.getValue().isObject() && !field.getValue().isEmpty()) {
                flatten(key, field.getValue(), into);
            } else {
                into.put(key, JSON.convertValue(field.getValue(), Object.class));
            }
        }
    }

    /** @return the node's JSON text, cut to 80 characters */
    static String abbreviate(JsonNode node) {
        String text = String.valueOf(node);
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
