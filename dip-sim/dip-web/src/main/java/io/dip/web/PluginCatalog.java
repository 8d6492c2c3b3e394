package io.dip.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.api.ParameterSpace;
import io.dip.sim.cli.ConfigJson;
import io.dip.sim.config.DipConfig;
import io.dip.sim.recording.JsonFiles;
import io.dip.sim.runtime.PluginInfo;
import io.dip.sim.runtime.PluginKind;
import io.dip.sim.runtime.PluginRegistry;

/**
 * The answer of {@code GET /api/plugins}: every installed provider (class path and plugin jars) by kind —
 * {@code controllers} with their gains (name, default, lower and upper bound, description; a configured
 * {@code controllers.<name>.gains} is given as {@code configured}), {@code plants}, {@code integrators} — and the
 * server's effective configuration under {@code config}, whose values the page shows as defaults.
 */
final class PluginCatalog {

    private PluginCatalog() {
    }

    /**
     * @param registry the installed providers
     * @param config   the server's configuration
     * @return the catalogue
     */
    static ObjectNode of(PluginRegistry registry, DipConfig config) {
        ObjectNode root = JsonFiles.mapper().createObjectNode();
        ArrayNode controllers = root.putArray("controllers");
        for (PluginInfo info : registry.plugins(PluginKind.CONTROLLER)) {
            ObjectNode controller = describe(controllers.addObject(), info);
            ArrayNode gains = controller.putArray("gains");
            for (ParameterSpace.Parameter p : info.gains().parameters()) {
                ObjectNode gain = gains.addObject();
                gain.put("name", p.name());
                gain.put("default", p.defaultValue());
                gain.put("lower", p.lower());
                gain.put("upper", p.upper());
                gain.put("description", p.description());
            }
            double[] configured = config.controllerGains(info.name());
            if (configured != null) {
                ArrayNode values = controller.putArray("configured");
                for (double v : configured) {
                    values.add(v);
                }
            }
        }
        ArrayNode plants = root.putArray("plants");
        registry.plugins(PluginKind.DYNAMICS).forEach(info -> describe(plants.addObject(), info));
        ArrayNode integrators = root.putArray("integrators");
        registry.plugins(PluginKind.INTEGRATOR).forEach(info -> describe(integrators.addObject(), info));
        root.set("config", ConfigJson.of(config));
        return root;
    }

    private static ObjectNode describe(ObjectNode node, PluginInfo info) {
        node.put("name", info.name());
        ArrayNode aliases = node.putArray("aliases");
        info.aliases().forEach(aliases::add);
        node.put("description", info.description());
        node.put("source", info.source());
        return node;
    }
}
