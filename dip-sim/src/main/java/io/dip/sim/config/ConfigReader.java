package io.dip.sim.config;

import io.dip.api.PhysicalParameters;
import io.dip.sim.runtime.PluginNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a raw configuration tree into a validated {@link DipConfig}: keys not written take the records' defaults;
 * every error is located in the tree ({@code in dip.yaml, line 4}).
 */
final class ConfigReader {

    private static final Set<String> SECTIONS = Set.of("seed", "physics", SimulationSettings.SECTION,
            SensorSettings.SECTION, DisturbanceSettings.SECTION, ControllerSettings.SECTION,
            CostFunctionSettings.SECTION, PsoSettings.SECTION, PhysicsUncertainty.SECTION, MonteCarloSettings.SECTION);

    private static final Set<String> SIMULATION_KEYS = Set.of("duration", "dt", "initial_state", "plant",
            "nominal_model", "integrator", "integrator_options", "max_force", "track_limit", "stop_on_failure",
            "sample_every", "record_limit");

    private static final Set<String> PSO_KEYS = Set.of("optimizer", "n_particles", "iters", "w", "c1", "c2",
            "velocity_clamp", "initial_velocity", "tol", "patience", "duration", "initial_states",
            "random_initial_states", "random_initial_range", "parameter_draws", "bounds");

    private ConfigReader() {
    }

    /**
     * @param root the raw tree
     * @return the validated configuration
     * @throws ConfigException naming the dotted path, the rule and the origin of the offending value
     */
    static DipConfig read(ConfigNode.Section root) {
        try {
            return read(new ConfigSection("", root));
        } catch (ConfigException e) {
            throw e.locatedAt(ConfigTree.originOf(root, e.path()));
        }
    }

    private static DipConfig read(ConfigSection top) {
        top.requireOnly(SECTIONS);
        return new DipConfig(top.integer("seed", DipConfig.DEFAULT_SEED), physics(top.section("physics")),
                simulation(top.section(SimulationSettings.SECTION)), sensor(top.section(SensorSettings.SECTION)),
                disturbances(top.sectionList(DisturbanceSettings.SECTION)),
                controllers(top.section(ControllerSettings.SECTION)),
                costFunction(top.section(CostFunctionSettings.SECTION)), pso(top.section(PsoSettings.SECTION)),
                physicsUncertainty(top.section(PhysicsUncertainty.SECTION)),
                monteCarlo(top.section(MonteCarloSettings.SECTION)));
    }

    private static PhysicalParameters physics(ConfigSection s) {
        s.requireOnly(Set.of(PhysicalParameters.KEYS));
        double[] values = PhysicalParameters.DEFAULTS.toArray();
        for (int i = 0; i < values.length; i++) {
            values[i] = s.number(PhysicalParameters.KEYS[i], values[i]);
        }
        try {
            return PhysicalParameters.fromArray(values);
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            int space = message.indexOf(' ');
            throw ConfigException.withMessage(space > 0 ? message.substring(0, space) : "physics", message, e);
        }
    }

    private static SimulationSettings simulation(ConfigSection s) {
        s.requireOnly(SIMULATION_KEYS);
        SimulationSettings d = SimulationSettings.DEFAULTS;
        return new SimulationSettings(s.number("duration", d.duration()), s.number("dt", d.dt()),
                s.numbers("initial_state", d.initialState()), s.text("plant", d.plant()),
                s.text("nominal_model", d.nominalModel()), s.text("integrator", d.integrator()),
                s.section("integrator_options").plainEntries(Set.of()), s.number("max_force", d.maxForce()),
                s.number("track_limit", d.trackLimit()), s.flag("stop_on_failure", d.stopOnFailure()),
                s.smallInteger("sample_every", d.sampleEvery()), s.smallInteger("record_limit", d.recordLimit()));
    }

    private static SensorSettings sensor(ConfigSection s) {
        s.requireOnly(Set.of("noise_std", "quantization"));
        SensorSettings d = SensorSettings.DEFAULTS;
        return new SensorSettings(s.numbersOrScalar("noise_std", d.noiseStd(), d.noiseStd().length),
                s.numbersOrScalar("quantization", d.quantization(), d.quantization().length));
    }

    private static List<DisturbanceSettings> disturbances(List<ConfigSection> items) {
        List<DisturbanceSettings> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ConfigSection item = items.get(i);
            String prefix = DisturbanceSettings.SECTION + "[" + i + "]";
            try {
                String type = item.text("type", null);
                if (type == null) {
                    throw new ConfigException("type", "is required (one of step, impulse, sinusoid, white_noise)");
                }
                DisturbanceType kind = DisturbanceType.of(type);
                Set<String> allowed = new LinkedHashSet<>(kind.parameterKeys());
                allowed.add("type");
                item.requireOnly(allowed);
                Map<String, Double> parameters = new LinkedHashMap<>();
                for (String key : kind.parameterKeys()) {
                    if (item.has(key)) {
                        parameters.put(key, kind.isInteger(key) ? (double) item.integer(key, 0)
                                : item.number(key, 0.0));
                    }
                }
                out.add(new DisturbanceSettings(type, parameters));
            } catch (ConfigException e) {
                throw e.path() != null && e.path().startsWith(prefix) ? e : e.under(prefix);
            }
        }
        return out;
    }

    private static Map<String, ControllerSettings> controllers(ConfigSection s) {
        Map<String, ControllerSettings> out = new LinkedHashMap<>();
        for (String name : s.keys()) {
            if (name.isBlank()) {
                throw new ConfigException(ControllerSettings.SECTION, "holds an entry without a name");
            }
            ConfigSection controller = s.section(name);
            String prefix = s.pathOf(PluginNames.normalise(name));
            try {
                out.put(name, new ControllerSettings(controller.numbers(ControllerSettings.GAINS, null),
                        controller.plainEntries(Set.of(ControllerSettings.GAINS))));
            } catch (ConfigException e) {
                throw e.path() != null && e.path().startsWith(s.pathOf(name)) ? e : e.under(prefix);
            }
        }
        return out;
    }

    private static CostFunctionSettings costFunction(ConfigSection s) {
        s.requireOnly(Set.of("weights", "norms", "failure_penalty", "combine"));
        CostFunctionSettings d = CostFunctionSettings.DEFAULTS;
        ConfigSection combine = s.section("combine");
        combine.requireOnly(Set.of("mean", "max"));
        return new CostFunctionSettings(costTerms(s.section("weights"), d.weights()),
                costTerms(s.section("norms"), d.norms()), s.number("failure_penalty", d.failurePenalty()),
                new CombineWeights(combine.number("mean", d.combine().mean()),
                        combine.number("max", d.combine().max())));
    }

    private static CostTerms costTerms(ConfigSection s, CostTerms defaults) {
        s.requireOnly(Set.of(CostTerms.KEYS));
        double[] v = defaults.toArray();
        for (int i = 0; i < v.length; i++) {
            v[i] = s.number(CostTerms.KEYS[i], v[i]);
        }
        return new CostTerms(v[0], v[1], v[2], v[3]);
    }

    private static PsoSettings pso(ConfigSection s) {
        s.requireOnly(PSO_KEYS);
        PsoSettings d = PsoSettings.DEFAULTS;
        Map<String, GainBounds> bounds = new LinkedHashMap<>();
        ConfigSection boundsSection = s.section("bounds");
        for (String name : boundsSection.keys()) {
            ConfigSection entry = boundsSection.section(name);
            entry.requireOnly(Set.of("min", "max"));
            try {
                bounds.put(name, new GainBounds(entry.numbers("min", null), entry.numbers("max", null)));
            } catch (ConfigException e) {
                throw e.path() != null && e.path().startsWith(entry.pathOf("")) ? e
                        : e.under(boundsSection.pathOf(PluginNames.normalise(name)));
            }
        }
        return new PsoSettings(s.text("optimizer", d.optimizer()), s.smallInteger("n_particles", d.nParticles()),
                s.smallInteger("iters", d.iters()), s.number("w", d.w()), s.number("c1", d.c1()),
                s.number("c2", d.c2()), s.number("velocity_clamp", d.velocityClamp()),
                s.number("initial_velocity", d.initialVelocity()), s.number("tol", d.tol()),
                s.smallInteger("patience", d.patience()), s.number("duration", d.duration()),
                s.numberRows("initial_states", d.initialStates()),
                s.smallInteger("random_initial_states", d.randomInitialStates()),
                s.numbers("random_initial_range", d.randomInitialRange()),
                s.smallInteger("parameter_draws", d.parameterDraws()), bounds);
    }

    private static PhysicsUncertainty physicsUncertainty(ConfigSection s) {
        s.requireOnly(Set.of(PhysicalParameters.KEYS));
        Map<String, Double> deltas = new LinkedHashMap<>();
        for (String key : s.keys()) {
            deltas.put(key, s.number(key, 0.0));
        }
        return new PhysicsUncertainty(deltas);
    }

    private static MonteCarloSettings monteCarlo(ConfigSection s) {
        s.requireOnly(Set.of("runs", "initial_state_range"));
        MonteCarloSettings d = MonteCarloSettings.DEFAULTS;
        return new MonteCarloSettings(s.smallInteger("runs", d.runs()),
                s.numbers("initial_state_range", d.initialStateRange()));
    }
}
