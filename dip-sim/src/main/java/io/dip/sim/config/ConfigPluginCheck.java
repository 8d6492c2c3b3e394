package io.dip.sim.config;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.ParameterSpace;
import io.dip.sim.runtime.PluginException;
import io.dip.sim.runtime.PluginInfo;
import io.dip.sim.runtime.PluginKind;
import io.dip.sim.runtime.PluginRegistry;
import java.util.Map;

/**
 * Checks a configuration against the installed plugins before anything runs: every provider it names exists,
 * controller entries and tuner bounds use canonical names and the right number of gains, and the providers accept
 * the physics, the integrator options and each configured controller's gains and options (each is created once
 * and released).
 */
public final class ConfigPluginCheck {

    private ConfigPluginCheck() {
    }

    /**
     * @param config   the configuration
     * @param registry the installed plugins
     * @throws ConfigException naming the dotted path, for an unknown provider name, an alias used as a
     *                         {@code controllers} or {@code pso.bounds} key, a wrong gain count, or a value a
     *                         provider rejects
     */
    public static void verify(DipConfig config, PluginRegistry registry) {
        SimulationSettings simulation = config.simulation();
        lookup(registry, PluginKind.DYNAMICS, "simulation.plant", simulation.plant());
        lookup(registry, PluginKind.DYNAMICS, "simulation.nominal_model", simulation.nominalModel());
        lookup(registry, PluginKind.INTEGRATOR, "simulation.integrator", simulation.integrator());
        for (Map.Entry<String, ControllerSettings> entry : config.controllers().entrySet()) {
            String path = ControllerSettings.SECTION + "." + entry.getKey();
            ParameterSpace gains = canonicalController(registry, path, entry.getKey()).gains();
            double[] configured = entry.getValue().gains();
            if (configured != null) {
                requireDimension(path + "." + ControllerSettings.GAINS, configured.length, gains);
            }
        }
        for (Map.Entry<String, GainBounds> entry : config.pso().bounds().entrySet()) {
            String path = PsoSettings.SECTION + ".bounds." + entry.getKey();
            ParameterSpace gains = canonicalController(registry, path, entry.getKey()).gains();
            requireDimension(path + ".min", entry.getValue().dimension(), gains);
        }
        DynamicsModel plant = accepted("physics", () -> registry.dynamics(simulation.plant())
                .create(config.physics()));
        accepted(SimulationSettings.INTEGRATOR_OPTIONS_PATH, () -> registry.integrator(simulation.integrator())
                .create(plant, simulation.integratorOptionBlock()));
        DynamicsModel nominal = accepted("physics", () -> registry.dynamics(simulation.nominalModel())
                .create(config.physics()));
        for (String name : config.controllers().keySet()) {
            ControllerProvider provider = registry.controller(name);
            Controller controller = accepted(ControllerSettings.SECTION + "." + name,
                    () -> provider.create(config.controllerSpec(name), DynamicsRef.of(nominal)));
            controller.close();
        }
    }

    private static PluginInfo lookup(PluginRegistry registry, PluginKind<?> kind, String path, String name) {
        try {
            return registry.info(kind, name);
        } catch (PluginException e) {
            throw ConfigException.withMessage(path, path + ": " + e.getMessage(), e);
        }
    }

    private static PluginInfo canonicalController(PluginRegistry registry, String path, String name) {
        PluginInfo info = lookup(registry, PluginKind.CONTROLLER, path, name);
        if (!info.name().equals(name)) {
            throw ConfigException.withMessage(path, path + ": '" + name + "' is an alias of controller '"
                    + info.name() + "'; write the name, " + info.name(), null);
        }
        return info;
    }

    private static void requireDimension(String path, int length, ParameterSpace gains) {
        if (length != gains.dimension()) {
            throw new ConfigException(path, "must hold " + gains.dimension() + " numbers (" + String.join(", ",
                    gains.names()) + "), got " + length);
        }
    }

    private static <T> T accepted(String path, java.util.function.Supplier<T> creation) {
        try {
            return creation.get();
        } catch (ConfigException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw ConfigException.withMessage(path, e.getMessage(), e);
        }
    }
}
