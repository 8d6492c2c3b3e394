package io.dip.sim.config;

import io.dip.api.ControllerSpec;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.sim.runtime.PluginNames;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole validated configuration. Immutable; every section has built-in defaults ({@link #defaults()}).
 * Read it with {@link ConfigLoader}; derive variants with {@link #withOverrides}, {@link #withSimulation} and the
 * other {@code with} methods; print it with {@link #toYaml()}.
 *
 * @param seed               master random seed, ≥ 0; key {@code seed}
 * @param physics            physical parameters; section {@code physics}
 * @param simulation         section {@code simulation}
 * @param sensor             section {@code sensor}
 * @param disturbances       section {@code disturbances} (a list, empty by default)
 * @param controllers        section {@code controllers}: settings per normalised controller name (empty by default)
 * @param costFunction       section {@code cost_function}
 * @param pso                section {@code pso}
 * @param physicsUncertainty section {@code physics_uncertainty}
 * @param monteCarlo         section {@code montecarlo}
 */
public record DipConfig(long seed, PhysicalParameters physics, SimulationSettings simulation, SensorSettings sensor,
        List<DisturbanceSettings> disturbances, Map<String, ControllerSettings> controllers,
        CostFunctionSettings costFunction, PsoSettings pso, PhysicsUncertainty physicsUncertainty,
        MonteCarloSettings monteCarlo) {

    /** Default master seed. */
    public static final long DEFAULT_SEED = 42L;

    private static final DipConfig DEFAULTS = new DipConfig(DEFAULT_SEED, PhysicalParameters.DEFAULTS,
            SimulationSettings.DEFAULTS, SensorSettings.DEFAULTS, List.of(), Map.of(), CostFunctionSettings.DEFAULTS,
            PsoSettings.DEFAULTS, PhysicsUncertainty.DEFAULTS, MonteCarloSettings.DEFAULTS);

    /**
     * Checks the seed and that no section is missing, and normalises the controller names.
     *
     * @throws ConfigException for a negative seed, a missing section or two controller entries with the same
     *                         normalised name
     */
    public DipConfig {
        if (seed < 0) {
            throw new ConfigException("seed", "must be an integer >= 0, got " + seed);
        }
        requirePresent("physics", physics);
        requirePresent(SimulationSettings.SECTION, simulation);
        requirePresent(SensorSettings.SECTION, sensor);
        requirePresent(CostFunctionSettings.SECTION, costFunction);
        requirePresent(PsoSettings.SECTION, pso);
        requirePresent(PhysicsUncertainty.SECTION, physicsUncertainty);
        requirePresent(MonteCarloSettings.SECTION, monteCarlo);
        disturbances = disturbances == null ? List.of() : List.copyOf(disturbances);
        Map<String, ControllerSettings> named = new LinkedHashMap<>();
        if (controllers != null) {
            controllers.forEach((name, settings) -> {
                String key = PluginNames.normalise(name);
                if (named.put(key, settings == null ? ControllerSettings.DEFAULTS : settings) != null) {
                    throw new ConfigException(ControllerSettings.SECTION + "." + key, "is given twice");
                }
            });
        }
        controllers = Collections.unmodifiableMap(named);
    }

    private static void requirePresent(String section, Object value) {
        if (value == null) {
            throw new ConfigException(section, "is missing");
        }
    }

    /** @return the built-in configuration */
    public static DipConfig defaults() {
        return DEFAULTS;
    }

    /**
     * @param name a controller name (normalised before the lookup)
     * @return its settings, or {@link ControllerSettings#DEFAULTS} when the configuration has none
     */
    public ControllerSettings controller(String name) {
        return controllers.getOrDefault(PluginNames.normalise(name), ControllerSettings.DEFAULTS);
    }

    /**
     * @param name a controller name
     * @return its options block, path {@code controllers.<name>}, empty when not configured
     */
    public Options controllerOptions(String name) {
        return controller(name).optionBlock(PluginNames.normalise(name));
    }

    /**
     * @param name a controller name
     * @return its configured gains, or null for the provider's defaults
     */
    public double[] controllerGains(String name) {
        return controller(name).gains();
    }

    /**
     * @param name a controller name
     * @return what its provider needs: configured gains, {@code simulation.dt}, {@code simulation.max_force},
     *         the options block and {@code simulation.track_limit}
     */
    public ControllerSpec controllerSpec(String name) {
        return new ControllerSpec(controllerGains(name), simulation.dt(), simulation.maxForce(),
                controllerOptions(name), simulation.trackLimit());
    }

    /**
     * Applies dotted-key overrides and validates the result like a file.
     *
     * @param values dotted key → plain value (number, text, boolean, list, map, {@code double[]}), e.g.
     *               {@code simulation.dt → 0.0005}; applied in iteration order
     * @return the new configuration
     * @throws ConfigException naming the key (and {@code from override <key>}) for an invalid override
     */
    public DipConfig withOverrides(Map<String, ?> values) {
        ConfigNode.Section tree = (ConfigNode.Section) ConfigNode.fromPlain("", ConfigWriter.toPlain(this), null);
        values.forEach((key, value) -> {
            String origin = "from override " + key;
            try {
                ConfigTree.set(tree, key, ConfigNode.fromPlain(key, value, origin));
            } catch (ConfigException e) {
                throw e.locatedAt(origin);
            }
        });
        return ConfigReader.read(tree);
    }

    /** @return this configuration with another seed */
    public DipConfig withSeed(long newSeed) {
        return new DipConfig(newSeed, physics, simulation, sensor, disturbances, controllers, costFunction, pso,
                physicsUncertainty, monteCarlo);
    }

    /** @return this configuration with other physical parameters */
    public DipConfig withPhysics(PhysicalParameters newPhysics) {
        return new DipConfig(seed, newPhysics, simulation, sensor, disturbances, controllers, costFunction, pso,
                physicsUncertainty, monteCarlo);
    }

    /** @return this configuration with another simulation section */
    public DipConfig withSimulation(SimulationSettings newSimulation) {
        return new DipConfig(seed, physics, newSimulation, sensor, disturbances, controllers, costFunction, pso,
                physicsUncertainty, monteCarlo);
    }

    /** @return this configuration with other settings for one controller (name normalised) */
    public DipConfig withController(String name, ControllerSettings settings) {
        Map<String, ControllerSettings> copy = new LinkedHashMap<>(controllers);
        copy.put(PluginNames.normalise(name), settings);
        return new DipConfig(seed, physics, simulation, sensor, disturbances, copy, costFunction, pso,
                physicsUncertainty, monteCarlo);
    }

    /** @return the configuration as YAML; loading it back gives an equal configuration */
    public String toYaml() {
        return ConfigWriter.toYaml(this);
    }
}
