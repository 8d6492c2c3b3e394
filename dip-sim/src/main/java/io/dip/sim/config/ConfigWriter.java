package io.dip.sim.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link DipConfig} as plain maps and lists with the YAML keys, and as YAML text. Every value is written,
 * defaults included, so that the text loads back to an equal configuration.
 */
final class ConfigWriter {

    private ConfigWriter() {
    }

    /**
     * The YAML mapper, built when YAML is first written: {@link #toPlain} alone (every command-line flag override)
     * does without Jackson's data binding, whose start-up costs a short run tens of milliseconds.
     */
    private static final class Yaml {

        private static final YAMLMapper MAPPER = YAMLMapper.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build();

        private Yaml() {
        }
    }

    /** @return the configuration as YAML text */
    static String toYaml(DipConfig config) {
        try {
            return Yaml.MAPPER.writeValueAsString(toPlain(config));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the configuration as YAML: " + e.getOriginalMessage(), e);
        }
    }

    /** @return the configuration as nested maps (YAML keys, file order) and lists of plain values */
    static Map<String, Object> toPlain(DipConfig c) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("seed", c.seed());
        root.put("physics", new LinkedHashMap<>(c.physics().toMap()));
        root.put(SimulationSettings.SECTION, simulation(c.simulation()));
        Map<String, Object> sensor = new LinkedHashMap<>();
        sensor.put("noise_std", list(c.sensor().noiseStd()));
        sensor.put("quantization", list(c.sensor().quantization()));
        root.put(SensorSettings.SECTION, sensor);
        List<Object> disturbances = new ArrayList<>();
        c.disturbances().forEach(d -> disturbances.add(disturbance(d)));
        root.put(DisturbanceSettings.SECTION, disturbances);
        Map<String, Object> controllers = new LinkedHashMap<>();
        c.controllers().forEach((name, settings) -> controllers.put(name, controller(settings)));
        root.put(ControllerSettings.SECTION, controllers);
        root.put(CostFunctionSettings.SECTION, costFunction(c.costFunction()));
        root.put(PsoSettings.SECTION, pso(c.pso()));
        root.put(PhysicsUncertainty.SECTION, new LinkedHashMap<>(c.physicsUncertainty().deltas()));
        Map<String, Object> monteCarlo = new LinkedHashMap<>();
        monteCarlo.put("runs", (long) c.monteCarlo().runs());
        monteCarlo.put("initial_state_range", list(c.monteCarlo().initialStateRange()));
        root.put(MonteCarloSettings.SECTION, monteCarlo);
        return root;
    }

    private static Map<String, Object> simulation(SimulationSettings s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("duration", s.duration());
        out.put("dt", s.dt());
        out.put("initial_state", list(s.initialState()));
        out.put("plant", s.plant());
        out.put("nominal_model", s.nominalModel());
        out.put("integrator", s.integrator());
        out.put("integrator_options", s.integratorOptions());
        out.put("max_force", s.maxForce());
        out.put("track_limit", s.trackLimit());
        out.put("stop_on_failure", s.stopOnFailure());
        out.put("sample_every", (long) s.sampleEvery());
        out.put("record_limit", (long) s.recordLimit());
        return out;
    }

    private static Map<String, Object> disturbance(DisturbanceSettings d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", d.type());
        DisturbanceType kind = d.kind();
        d.parameters().forEach((k, v) -> out.put(k, kind.isInteger(k) ? (Object) v.longValue() : (Object) v));
        return out;
    }

    private static Map<String, Object> controller(ControllerSettings s) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (s.gains() != null) {
            out.put(ControllerSettings.GAINS, list(s.gains()));
        }
        out.putAll(s.options());
        return out;
    }

    private static Map<String, Object> costFunction(CostFunctionSettings c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("weights", terms(c.weights()));
        out.put("norms", terms(c.norms()));
        out.put("failure_penalty", c.failurePenalty());
        Map<String, Object> combine = new LinkedHashMap<>();
        combine.put("mean", c.combine().mean());
        combine.put("max", c.combine().max());
        out.put("combine", combine);
        return out;
    }

    private static Map<String, Object> terms(CostTerms t) {
        Map<String, Object> out = new LinkedHashMap<>();
        double[] values = t.toArray();
        for (int i = 0; i < values.length; i++) {
            out.put(CostTerms.KEYS[i], values[i]);
        }
        return out;
    }

    private static Map<String, Object> pso(PsoSettings p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("optimizer", p.optimizer());
        out.put("n_particles", (long) p.nParticles());
        out.put("iters", (long) p.iters());
        out.put("w", p.w());
        out.put("c1", p.c1());
        out.put("c2", p.c2());
        out.put("velocity_clamp", p.velocityClamp());
        out.put("initial_velocity", p.initialVelocity());
        out.put("tol", p.tol());
        out.put("patience", (long) p.patience());
        out.put("duration", p.duration());
        List<Object> states = new ArrayList<>();
        for (double[] state : p.initialStates()) {
            states.add(list(state));
        }
        out.put("initial_states", states);
        out.put("random_initial_states", (long) p.randomInitialStates());
        out.put("random_initial_range", list(p.randomInitialRange()));
        out.put("parameter_draws", (long) p.parameterDraws());
        Map<String, Object> bounds = new LinkedHashMap<>();
        p.bounds().forEach((name, b) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("min", list(b.min()));
            entry.put("max", list(b.max()));
            bounds.put(name, entry);
        });
        out.put("bounds", bounds);
        return out;
    }

    private static List<Object> list(double[] values) {
        List<Object> out = new ArrayList<>(values.length);
        for (double v : values) {
            out.add(v);
        }
        return out;
    }
}
