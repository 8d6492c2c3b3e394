package io.dip.sim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.ControllerSpec;
import io.dip.api.Options;
import io.dip.sim.disturbance.SensorModel;
import io.dip.sim.metrics.CostFunction;
import io.dip.sim.testing.LinearTestPlant;
import io.dip.sim.testing.PdTestController;
import io.dip.sim.testing.TestScenarios;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void defaultsFollowTheModel() {
        Scenario s = TestScenarios.dampedPd().build();
        assertEquals(5.0, s.trackLimit());
        assertEquals(150.0, s.maxForce());
        assertTrue(s.stopOnFailure());
        assertSame(s.plant(), s.nominal());
        assertSame(SensorModel.IDENTITY, s.sensor());
        assertSame(CostFunction.DEFAULTS, s.costFunction());
        assertEquals("test_pd", s.name());
        assertEquals(2000, s.steps());
        assertEquals(1e-3, s.controller().spec().dt());
        assertEquals(150.0, s.controller().spec().maxForce());
        assertNull(s.controller().spec().gains());
    }

    @Test
    void withGainsReplacesOnlyTheGains() {
        Scenario s = TestScenarios.dampedPd().seed(9).build();
        Scenario tuned = s.withGains(new double[] {3, 4});
        assertArrayEquals(new double[] {3, 4}, tuned.controller().spec().gains());
        assertEquals(9, tuned.seed());
        assertArrayEquals(s.initialState(), tuned.initialState());
    }

    @Test
    void theInitialStateIsCopied() {
        double[] x0 = {1, 2, 3, 4, 5, 6};
        Scenario s = TestScenarios.dampedPd().initialState(x0).build();
        x0[0] = 99;
        s.initialState()[1] = 99;
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6}, s.initialState());
    }

    @Test
    void badSettingsNameTheirKey() {
        assertMessage("simulation.dt", () -> TestScenarios.dampedPd().dt(0).build());
        assertMessage("simulation.duration", () -> TestScenarios.dampedPd().duration(-1).build());
        assertMessage("gives no step", () -> TestScenarios.dampedPd().duration(1e-4).build());
        assertMessage("simulation.initial_state needs 6", () -> TestScenarios.dampedPd().initialState(1, 2).build());
        assertMessage("simulation.initial_state[2] (theta2)",
                () -> TestScenarios.dampedPd().initialState(0, 0, Double.NaN, 0, 0, 0).build());
        assertMessage("simulation.max_force", () -> TestScenarios.dampedPd().maxForce(Double.NaN).build());
        assertMessage("simulation.track_limit", () -> TestScenarios.dampedPd().trackLimit(0).build());
        assertMessage("must equal simulation.dt", () -> TestScenarios.dampedPd()
                .controller(new ControllerSelection(new PdTestController(),
                        new ControllerSpec(null, 0.01, 150, Options.empty("controllers.test_pd"))))
                .build());
        assertMessage("needs a controller", () -> Scenario.builder().plant(LinearTestPlant.damped(),
                io.dip.api.PhysicalParameters.DEFAULTS).dt(1e-3).duration(1).build());
    }

    @Test
    void describesEverySetting() {
        Map<String, Object> d = TestScenarios.dampedPd().seed(5).build().describe();
        for (String key : new String[] {"name", "plant", "nominal", "integrator", "controller", "initial_state",
            "duration", "dt", "steps", "max_force", "track_limit", "stop_on_failure", "disturbance", "sensor", "seed",
            "cost_function"}) {
            assertTrue(d.containsKey(key), key);
        }
        assertEquals(5L, d.get("seed"));
        assertEquals("test_damped", ((Map<?, ?>) d.get("plant")).get("model"));
    }

    private static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
