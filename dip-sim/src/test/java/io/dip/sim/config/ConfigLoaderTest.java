package io.dip.sim.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.ControllerSpec;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    /** The example of the configuration reference, every section written. */
    static final String FULL = """
            seed: 7
            physics: {cart_mass: 2.0, pendulum1_mass: 0.25}
            simulation:
              duration: 4.0
              dt: 0.002
              initial_state: [0.0, 0.2, -0.1, 0.0, 0.0, 0.0]
              plant: Full
              nominal_model: simplified
              integrator: RK45
              integrator_options: {atol: 1.0e-8, rtol: 1.0e-6, max_substeps: 200}
              max_force: 100.0
              track_limit: 2.5
              stop_on_failure: false
              sample_every: 10
              record_limit: 5000
            sensor:
              noise_std: 0.001
              quantization: [0.0001, 0.001, 0.001, 0, 0, 0]
            disturbances:
              - {type: step, amplitude: 5.0, start: 1.0}
              - {type: impulse, amplitude: 20.0, start: 2.0, width: 0.05}
              - {type: sinusoid, amplitude: 2.0, frequency: 1.5, phase: 0.0, start: 0.0}
              - {type: white_noise, std: 1.0, bandwidth: 50.0, seed: 7}
            controllers:
              classical_smc:
                gains: [5, 3, 2, 4, 1.5, 0.8]
                boundary_layer: 0.05
              STA-SMC:
                switch_method: tanh
                surface: {kind: lqr, weights: [1, 10, 10, 0.1, 0.1, 0.1]}
                history_capacity: 500
                verbose: true
            cost_function:
              weights: {state_error: 2.0, control_effort: 0.2, control_rate: 0.02, sliding: 0.0}
              norms: {state_error: 5.0, control_effort: 50.0, control_rate: 500.0, sliding: 2.0}
              failure_penalty: 500.0
              combine: {mean: 0.5, max: 0.5}
            pso:
              optimizer: cmaes
              n_particles: 20
              iters: 30
              w: 0.6
              c1: 1.5
              c2: 1.7
              velocity_clamp: 0.3
              initial_velocity: 0.05
              tol: 1.0e-6
              patience: 5
              duration: 3.0
              initial_states: [[0, 0.1, 0, 0, 0, 0]]
              random_initial_states: 4
              random_initial_range: [0.1, 0.2, 0.2, 0.0, 0.0, 0.0]
              parameter_draws: 2
              bounds:
                classical_smc: {min: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1], max: [50, 50, 50, 50, 50, 50]}
            physics_uncertainty:
              cart_mass: 0.1
              gravity: 0.01
            montecarlo:
              runs: 25
              initial_state_range: [0.1, 0.05, 0.05, 0.0, 0.0, 0.0]
            """;

    @TempDir
    Path temp;

    private static DipConfig parse(String yaml) {
        return ConfigLoader.parse(yaml, "dip.yaml", Map.of());
    }

    private static String error(String yaml) {
        return assertThrows(ConfigException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void emptyTextGivesTheDocumentedDefaults() {
        DipConfig c = parse("");
        assertEquals(DipConfig.defaults(), c);
        assertEquals(42, c.seed());
        assertEquals(PhysicalParameters.DEFAULTS, c.physics());
        SimulationSettings s = c.simulation();
        assertEquals(10.0, s.duration());
        assertEquals(0.001, s.dt());
        assertArrayEquals(new double[] {0.0, 0.1, -0.05, 0.0, 0.0, 0.0}, s.initialState());
        assertEquals(List.of("full", "full", "rk4"), List.of(s.plant(), s.nominalModel(), s.integrator()));
        assertEquals(Map.of(), s.integratorOptions());
        assertEquals(150.0, s.maxForce());
        assertEquals(5.0, s.trackLimit());
        assertTrue(s.stopOnFailure());
        assertEquals(1, s.sampleEvery());
        assertEquals(1_000_000, s.recordLimit());
        assertTrue(c.sensor().isPerfect());
        assertEquals(List.of(), c.disturbances());
        assertEquals(Map.of(), c.controllers());
        CostFunctionSettings cost = c.costFunction();
        assertEquals(new CostTerms(1.0, 0.1, 0.01, 0.1), cost.weights());
        assertEquals(new CostTerms(10.0, 100.0, 1000.0, 1.0), cost.norms());
        assertEquals(1000.0, cost.failurePenalty());
        assertEquals(new CombineWeights(0.7, 0.3), cost.combine());
        PsoSettings p = c.pso();
        assertEquals("pso", p.optimizer());
        assertEquals(40, p.nParticles());
        assertEquals(50, p.iters());
        assertEquals(0.7298, p.w());
        assertEquals(1.49618, p.c1());
        assertEquals(1.49618, p.c2());
        assertEquals(0.2, p.velocityClamp());
        assertEquals(0.1, p.initialVelocity());
        assertEquals(0.0, p.tol());
        assertEquals(0, p.patience());
        assertEquals(5.0, p.duration());
        assertEquals(3, p.initialStates().length);
        assertArrayEquals(new double[] {0.5, 0.2, 0.2, 0.5, 0.5, -0.5}, p.initialStates()[2]);
        assertArrayEquals(new double[] {0.0, 0.3, 0.3, 0.0, 0.0, 0.0}, p.randomInitialRange());
        assertEquals(0, p.randomInitialStates());
        assertEquals(0, p.parameterDraws());
        assertEquals(Map.of(), p.bounds());
        PhysicsUncertainty u = c.physicsUncertainty();
        assertEquals(0.05, u.delta("cart_mass"));
        assertEquals(0.05, u.delta("pendulum2_inertia"));
        assertEquals(0.05, u.delta("pendulum1_com"));
        assertEquals(0.1, u.delta("joint2_friction"));
        assertEquals(0.0, u.delta("gravity"));
        assertEquals(100, c.monteCarlo().runs());
        assertArrayEquals(new double[] {0.0, 0.1, 0.1, 0.0, 0.0, 0.0}, c.monteCarlo().initialStateRange());
    }

    @Test
    void readsEverySection() {
        DipConfig c = parse(FULL);
        assertEquals(7, c.seed());
        assertEquals(2.0, c.physics().cartMass());
        assertEquals(0.25, c.physics().pendulum1Mass());
        assertEquals(PhysicalParameters.DEFAULTS.pendulum2Mass(), c.physics().pendulum2Mass());
        SimulationSettings s = c.simulation();
        assertEquals(2000, s.steps());
        assertEquals("full", s.plant());
        assertEquals("rk45", s.integrator());
        Options integrator = s.integratorOptionBlock();
        assertEquals("simulation.integrator_options", integrator.path());
        assertEquals(1e-8, integrator.getDouble("atol", 0));
        assertEquals(200, integrator.getInt("max_substeps", 0, 1, 1000));
        assertFalse(s.stopOnFailure());
        assertArrayEquals(new double[] {0.001, 0.001, 0.001, 0.001, 0.001, 0.001}, c.sensor().noiseStd());
        assertEquals(4, c.disturbances().size());
        DisturbanceSettings impulse = c.disturbances().get(1);
        assertEquals(DisturbanceType.IMPULSE, impulse.kind());
        assertEquals(0.05, impulse.get("width"));
        assertEquals(7L, c.disturbances().get(3).seed().getAsLong());
        assertTrue(c.disturbances().get(0).seed().isEmpty());
        assertEquals(List.of("classical_smc", "sta_smc"), List.copyOf(c.controllers().keySet()));
        assertArrayEquals(new double[] {5, 3, 2, 4, 1.5, 0.8}, c.controllerGains("classical_smc"));
        assertNull(c.controllerGains("sta-smc"));
        Options sta = c.controllerOptions("STA SMC");
        assertEquals("controllers.sta_smc", sta.path());
        assertEquals("tanh", sta.getChoice("switch_method", "sign", java.util.Set.of("sign", "tanh")));
        assertEquals(500, sta.getInt("history_capacity", 1000, 1, 10_000));
        assertTrue(sta.getBoolean("verbose", false));
        assertArrayEquals(new double[] {1, 10, 10, 0.1, 0.1, 0.1}, sta.getBlock("surface").getDoubleArray("weights", 6));
        ControllerSpec spec = c.controllerSpec("classical_smc");
        assertEquals(0.002, spec.dt());
        assertEquals(100.0, spec.maxForce());
        assertEquals(0.05, spec.options().getDouble("boundary_layer", 0));
        assertEquals(0.0, c.costFunction().weights().sliding());
        assertEquals("cmaes", c.pso().optimizer());
        assertEquals(6, c.pso().bounds().get("classical_smc").dimension());
        assertEquals(0.1, c.physicsUncertainty().delta("cart_mass"));
        assertEquals(0.05, c.physicsUncertainty().delta("pendulum1_mass"));
        assertEquals(25, c.monteCarlo().runs());
    }

    @Test
    void printedYamlLoadsBackToAnEqualConfiguration() {
        for (DipConfig config : List.of(DipConfig.defaults(), parse(FULL))) {
            String yaml = config.toYaml();
            DipConfig again = parse(yaml);
            assertEquals(config, again, yaml);
            assertEquals(config.hashCode(), again.hashCode());
            assertEquals(yaml, again.toYaml());
        }
        assertTrue(parse(FULL).toYaml().contains("dt: 0.002"), parse(FULL).toYaml());
    }

    @Test
    void textThatLooksLikeOtherTypesSurvivesTheRoundTrip() {
        DipConfig c = parse("""
                controllers:
                  x_smc: {mode: 'yes', code: '0.5', empty: '', nul: 'null', list: ['1', 2, 2.5]}
                """);
        assertEquals(c, parse(c.toYaml()), c.toYaml());
        assertEquals("yes", c.controller("x_smc").options().get("mode"));
        assertEquals(List.of("1", 2L, 2.5), c.controller("x_smc").options().get("list"));
    }

    @Test
    void resolvesDipYamlInTheWorkingDirectoryOnlyWhenPresent() throws Exception {
        assertNull(ConfigLoader.resolve(null, temp));
        Path file = Files.writeString(temp.resolve("dip.yaml"), "seed: 3\n");
        assertEquals(file, ConfigLoader.resolve(null, temp));
        Path explicit = temp.resolve("other.yaml");
        assertEquals(explicit, ConfigLoader.resolve(explicit, temp));
        assertEquals(3, ConfigLoader.load(file).seed());
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = temp.resolve("absent.yaml");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(missing));
        assertEquals("cannot read configuration file " + missing + ": no such file", e.getMessage());
    }

    @Test
    void aFileThatIsNotUtf8IsNamed() throws Exception {
        Path file = Files.write(temp.resolve("latin1.yaml"), new byte[] {'s', 'e', 'e', 'd', ':', ' ', (byte) 0xE9});
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertEquals("cannot read configuration file " + file + ": not UTF-8 text", e.getMessage());
    }

    @Test
    void errorsInAFileNameTheFileAndLine() throws Exception {
        Path file = Files.writeString(temp.resolve("bad.yaml"), "seed: 1\nsimulation:\n  dt: -0.1\n");
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.load(file));
        assertEquals("simulation.dt must be > 0 and <= 1, got -0.1 (in " + file + ", line 3)", e.getMessage());
        assertEquals("simulation.dt", e.path());
    }

    @Test
    void malformedYamlNamesTheFileAndLine() {
        String message = error("simulation:\n  dt: [0.1,\n  duration: 2\n");
        assertTrue(message.startsWith("cannot parse dip.yaml at line "), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void overridesAreAppliedAfterTheFileAndValidatedTheSameWay() {
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("simulation.dt", "0.0005");
        overrides.put("simulation.initial_state", "[0, 0.2, 0, 0, 0, 0]");
        overrides.put("controllers.sta-smc.gains", "[1, 2, 3]");
        overrides.put("pso.optimizer", "nelder_mead");
        DipConfig c = ConfigLoader.parse(FULL, "dip.yaml", overrides);
        assertEquals(0.0005, c.simulation().dt());
        assertArrayEquals(new double[] {0, 0.2, 0, 0, 0, 0}, c.simulation().initialState());
        assertArrayEquals(new double[] {1, 2, 3}, c.controllerGains("sta_smc"));
        assertEquals("tanh", c.controllerOptions("sta_smc").asMap().get("switch_method"));
        assertEquals("nelder_mead", c.pso().optimizer());
        assertEquals(4.0, c.simulation().duration());

        ConfigException bad = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("", "dip.yaml", Map.of("simulation.dt", "-1")));
        assertEquals("simulation.dt must be > 0 and <= 1, got -1.0 (from override simulation.dt)",
                bad.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("", "dip.yaml", Map.of("simulation.dtt", "1")));
        assertTrue(unknown.getMessage().startsWith("unknown key simulation.dtt (allowed: dt, duration, "),
                unknown.getMessage());
        assertTrue(unknown.getMessage().endsWith("(from override simulation.dtt)"), unknown.getMessage());
        ConfigException through = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("seed: 42\n", "dip.yaml", Map.of("seed.x", "1")));
        assertEquals("cannot set seed.x: seed is 42, not a section (from override seed.x)", through.getMessage());
        ConfigException section = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("", "dip.yaml", Map.of("seed.x", "1")));
        assertEquals("seed must be an integer, got a section (from override seed.x)", section.getMessage());
        ConfigException empty = assertThrows(ConfigException.class,
                () -> ConfigLoader.parse("", "dip.yaml", Map.of("seed", "")));
        assertEquals("seed has no value (from override seed)", empty.getMessage());
    }

    @Test
    void programmaticOverridesKeepEverythingElse() {
        DipConfig base = parse(FULL);
        DipConfig changed = base.withOverrides(Map.of("pso.iters", 7, "simulation.initial_state",
                new double[] {0, 0.3, 0, 0, 0, 0}));
        assertEquals(7, changed.pso().iters());
        assertArrayEquals(new double[] {0, 0.3, 0, 0, 0, 0}, changed.simulation().initialState());
        assertEquals(base.withOverrides(Map.of()), base);
        assertEquals(base.controllers(), changed.controllers());
        assertEquals(base.disturbances(), changed.disturbances());
        ConfigException e = assertThrows(ConfigException.class,
                () -> base.withOverrides(Map.of("montecarlo.runs", 0)));
        assertEquals("montecarlo.runs must be an integer >= 1, got 0 (from override montecarlo.runs)",
                e.getMessage());
    }

    @Test
    void withersValidate() {
        DipConfig c = DipConfig.defaults();
        assertEquals(3.0, c.withSimulation(c.simulation().withDuration(3.0)).simulation().duration());
        assertThrows(ConfigException.class, () -> c.simulation().withInitialState(new double[5]));
        DipConfig tuned = c.withController("Classical-SMC", new ControllerSettings(new double[] {1, 2}, Map.of()));
        assertArrayEquals(new double[] {1, 2}, tuned.controllerGains("classical_smc"));
        assertEquals(9, c.withSeed(9).seed());
        assertSame(ControllerSettings.DEFAULTS, c.controller("absent_smc"));
    }

    @Test
    void valuesHandedOutCannotChangeTheConfiguration() {
        DipConfig c = parse(FULL);
        c.simulation().initialState()[0] = 99;
        c.controllerGains("classical_smc")[0] = 99;
        c.pso().initialStates()[0][0] = 99;
        assertEquals(parse(FULL), c);
        assertThrows(UnsupportedOperationException.class, () -> c.controllers().clear());
        assertThrows(UnsupportedOperationException.class, () -> c.simulation().integratorOptions().clear());
        @SuppressWarnings("unchecked")
        Map<String, Object> surface = (Map<String, Object>) c.controller("sta_smc").options().get("surface");
        assertThrows(UnsupportedOperationException.class, () -> surface.put("kind", "x"));
    }
}
