package io.dip.sim.setup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.PhysicalParameters;
import io.dip.sim.config.ConfigLoader;
import io.dip.sim.config.DipConfig;
import io.dip.sim.disturbance.BandLimitedNoise;
import io.dip.sim.disturbance.Disturbance;
import io.dip.sim.disturbance.SensorModel;
import io.dip.sim.engine.Scenario;
import io.dip.sim.metrics.CostFunction;
import io.dip.sim.runtime.PluginException;
import io.dip.sim.runtime.PluginRegistry;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Configuration sections onto the base scenario, checked value by value against the configuration text. */
class ScenarioFactoryTest {

    private static PluginRegistry registry;

    @BeforeAll
    static void openRegistry() {
        registry = PluginRegistry.load(null);
    }

    @AfterAll
    static void closeRegistry() {
        registry.close();
    }

    private static DipConfig parse(String yaml) {
        return ConfigLoader.parse(yaml, "test", Map.of());
    }

    @Test
    void defaultsGiveTheScenarioOfModelSection5() {
        Scenario s = ScenarioFactory.baseScenario(DipConfig.defaults(), registry, "classical_smc", null);
        assertEquals("classical_smc", s.name());
        assertEquals("full", s.plant().provider().name());
        assertEquals("full", s.nominal().provider().name());
        assertEquals("rk4", s.integrator().provider().name());
        assertEquals(PhysicalParameters.DEFAULTS, s.plant().parameters());
        assertArrayEquals(new double[] {0, 0.1, -0.05, 0, 0, 0}, s.initialState());
        assertEquals(10.0, s.duration());
        assertEquals(0.001, s.dt());
        assertEquals(10_000, s.steps());
        assertEquals(150.0, s.maxForce());
        assertEquals(5.0, s.trackLimit());
        assertTrue(s.stopOnFailure());
        assertEquals(42L, s.seed());
        assertNull(s.controller().spec().gains(), "provider defaults");
        assertEquals(0.001, s.controller().spec().dt());
        assertEquals(150.0, s.controller().spec().maxForce());
        assertSame(SensorModel.IDENTITY, s.sensor());
        assertEquals(0.0, s.disturbance().force(3.0));
        assertEquals(new CostFunction(1.0, 0.1, 0.01, 0.1, 10, 100, 1000, 1, 1000, 0.7, 0.3), s.costFunction());
    }

    @Test
    void everySectionIsMapped() {
        DipConfig config = parse("""
                seed: 9
                physics: {cart_mass: 2.0, gravity: 9.8}
                simulation:
                  duration: 3.0
                  dt: 0.002
                  initial_state: [0.1, 0.2, -0.1, 0.0, 0.5, 0.0]
                  plant: linear
                  nominal_model: simplified
                  integrator: rk45
                  integrator_options: {atol: 1.0e-9}
                  max_force: 80.0
                  track_limit: 2.5
                  stop_on_failure: false
                sensor:
                  noise_std: [0.001, 0, 0, 0, 0, 0]
                  quantization: 0.0005
                disturbances:
                  - {type: step, amplitude: 5.0, start: 1.0}
                  - {type: sinusoid, amplitude: 2.0, frequency: 1.5, phase: 0.25, start: 0.5}
                  - {type: impulse, amplitude: 20.0, start: 2.0, width: 0.05}
                controllers:
                  sta_smc:
                    gains: [0.12, -10.7, 12.2, 0.23, -0.56, 1.64, 4.0, 3.0, 2.0]
                    boundary_layer: 0.08
                cost_function:
                  weights: {state_error: 2.0, control_effort: 0.2, control_rate: 0.02, sliding: 0.0}
                  norms: {state_error: 5.0, control_effort: 50.0, control_rate: 500.0, sliding: 2.0}
                  failure_penalty: 500.0
                  combine: {mean: 0.5, max: 0.5}
                """);
        Scenario s = ScenarioFactory.baseScenario(config, registry, "super_twisting", null);
        assertEquals("sta_smc", s.name(), "an alias resolves to the canonical name");
        assertEquals("linear", s.plant().provider().name());
        assertEquals("simplified", s.nominal().provider().name());
        assertEquals("rk45", s.integrator().provider().name());
        assertEquals(1.0e-9, s.integrator().options().getDouble("atol", 0));
        assertEquals(2.0, s.plant().parameters().cartMass());
        assertEquals(9.8, s.nominal().parameters().gravity());
        assertArrayEquals(new double[] {0.1, 0.2, -0.1, 0.0, 0.5, 0.0}, s.initialState());
        assertEquals(1500, s.steps());
        assertEquals(80.0, s.maxForce());
        assertEquals(80.0, s.controller().spec().maxForce());
        assertEquals(0.002, s.controller().spec().dt());
        assertEquals(2.5, s.trackLimit());
        assertTrue(!s.stopOnFailure());
        assertEquals(9L, s.seed());
        assertArrayEquals(new double[] {0.12, -10.7, 12.2, 0.23, -0.56, 1.64, 4.0, 3.0, 2.0},
                s.controller().spec().gains());
        assertEquals(0.08, s.controller().spec().options().getDouble("boundary_layer", 0));
        assertArrayEquals(new double[] {0.001, 0, 0, 0, 0, 0}, s.sensor().noiseStd());
        assertArrayEquals(new double[] {0.0005, 0.0005, 0.0005, 0.0005, 0.0005, 0.0005}, s.sensor().quantum());
        assertEquals(new CostFunction(2.0, 0.2, 0.02, 0.0, 5, 50, 500, 2, 500, 0.5, 0.5), s.costFunction());
        Disturbance d = s.disturbance();
        assertEquals(0.0, d.force(0.25));
        assertEquals(2.0 * Math.sin(2 * Math.PI * 1.5 * (0.75 - 0.5) + 0.25), d.force(0.75), 1e-12);
        assertEquals(5.0 + 2.0 * Math.sin(2 * Math.PI * 1.5 * (1.5 - 0.5) + 0.25), d.force(1.5), 1e-12);
        assertEquals(5.0 + 20.0 + 2.0 * Math.sin(2 * Math.PI * 1.5 * (2.02 - 0.5) + 0.25), d.force(2.02), 1e-12);
        assertEquals(5.0 + 2.0 * Math.sin(2 * Math.PI * 1.5 * (2.06 - 0.5) + 0.25), d.force(2.06), 1e-12);
    }

    @Test
    void givenGainsReplaceTheConfiguredOnes() {
        DipConfig config = parse("controllers:\n  classical_smc:\n    gains: [0.12, -10.7, 12.2, 0.23, -0.56, 1.64,"
                + " 5, 10]\n");
        double[] gains = {0.13, -10.0, 12.0, 0.2, -0.5, 1.6, 6.0, 9.0};
        Scenario s = ScenarioFactory.baseScenario(config, registry, "classical_smc", gains);
        assertArrayEquals(gains, s.controller().spec().gains());
        gains[6] = 99;
        assertEquals(6.0, s.controller().spec().gains()[6], "the caller's array is copied");
    }

    @Test
    void whiteNoiseIsSeededFromItsSeedOrFromTheMasterSeed() {
        String noise = "disturbances:\n  - {type: white_noise, std: 1.0, bandwidth: 50.0}\n";
        BandLimitedNoise a = (BandLimitedNoise) ScenarioFactory.disturbance(parse("seed: 1\n" + noise));
        BandLimitedNoise b = (BandLimitedNoise) ScenarioFactory.disturbance(parse("seed: 2\n" + noise));
        assertNotEquals(a.seed(), b.seed());
        assertEquals(1.0, a.std());
        assertEquals(50.0, a.bandwidth());
        BandLimitedNoise fixed = (BandLimitedNoise) ScenarioFactory.disturbance(parse(
                "seed: 1\ndisturbances:\n  - {type: white_noise, std: 0.5, bandwidth: 20.0, seed: 77}\n"));
        assertEquals(77L, fixed.seed());
    }

    @Test
    void wrongGainCountNamesTheGains() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioFactory.baseScenario(DipConfig.defaults(), registry, "classical_smc", new double[3]));
        assertEquals("controller classical_smc takes 8 gains (s0, s1, s2, s3, s4, s5, K, kd), got 3", e.getMessage());
    }

    @Test
    void gainsTheProviderRejectsFailBeforeAnyRun() {
        double[] negativeK = {0.12, -10.7, 12.2, 0.23, -0.56, 1.64, -5.0, 10.0};
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScenarioFactory.baseScenario(DipConfig.defaults(), registry, "classical_smc", negativeK));
        assertTrue(e.getMessage().contains("K"), e.getMessage());
    }

    @Test
    void unknownControllerListsTheInstalledOnes() {
        PluginException e = assertThrows(PluginException.class,
                () -> ScenarioFactory.baseScenario(DipConfig.defaults(), registry, "pid", null));
        assertTrue(e.getMessage().contains("'pid'") && e.getMessage().contains("classical_smc"), e.getMessage());
    }
}
