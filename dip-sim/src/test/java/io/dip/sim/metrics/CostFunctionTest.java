package io.dip.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationEngine;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.recording.NullRecorder;
import io.dip.sim.testing.LinearTestPlant;
import io.dip.sim.testing.ScriptedController;
import io.dip.sim.testing.TestScenarios;
import org.junit.jupiter.api.Test;

class CostFunctionTest {

    /**
     * θ1 drifts from 1.5 rad at 1 rad/s, so it passes π/2 at step 8 (θ1 = 1.58) with dt = 0.01; u_k = 2 + k,
     * σ = 0.5. Every term of J is written out by hand below.
     */
    @Test
    void costOfATinyFailingRunMatchesTheHandComputation() {
        double dt = 0.01;
        double duration = 0.2;
        ScriptedController ramp = new ScriptedController((t, x, last) -> 2 + 100 * t, 0.5);
        Scenario scenario = TestScenarios.with(LinearTestPlant.drift(), ramp)
                .initialState(0, 1.5, 0, 0, 1, 0).duration(duration).dt(dt).build();
        SimulationResult result = SimulationEngine.run(scenario, NullRecorder.INSTANCE);
        assertEquals(StopStatus.FELL, result.status());
        assertEquals(8, result.steps());
        assertEquals(0.08, result.failureTime(), 1e-12);

        double ise = 0;
        double effort = 0;
        for (int k = 0; k < 8; k++) {
            double theta1 = 1.5 + 0.01 * k;
            ise += dt * (theta1 * theta1 + 1.0);
            double u = 2 + k;
            effort += dt * u * u;
        }
        double rate = 7 * 1.0;
        double sliding = 8 * dt * 0.25;
        double penalty = 1000 * (0.2 - 0.08) / 0.2;
        double expected = 1.0 * ise / 10 + 0.1 * effort / 100 + 0.01 * rate / 1000 + 0.1 * sliding / 1 + penalty;

        RunMetrics m = result.metrics();
        assertEquals(ise, m.stateError(), 1e-12);
        assertEquals(effort, m.controlEffort(), 1e-12);
        assertEquals(rate, m.controlRate(), 1e-9);
        assertEquals(sliding, m.sliding(), 1e-15);
        assertEquals(expected, m.cost(), 1e-9);
        assertEquals(600.0, penalty, 1e-9);
    }

    @Test
    void weightsAndNormsEnterAsWritten() {
        CostFunction custom = new CostFunction(2, 3, 5, 7, 11, 13, 17, 19, 500, 0.5, 0.5);
        double j = custom.cost(1.1, 2.2, 3.3, 4.4, 10, false, Double.NaN);
        assertEquals(2 * 1.1 / 11 + 3 * 2.2 / 13 + 5 * 3.3 / 17 + 7 * 4.4 / 19, j, 1e-15);
        assertEquals(2 * 1.1 / 11 + 3 * 2.2 / 13 + 5 * 3.3 / 17 + 7 * 4.4 / 19 + 500 * (10 - 4) / 10.0,
                custom.cost(1.1, 2.2, 3.3, 4.4, 10, true, 4), 1e-12);
    }

    @Test
    void aNonFiniteTermMakesJThePenaltyPlusTheFailurePenalty() {
        CostFunction cost = CostFunction.DEFAULTS;
        assertEquals(1000.0, cost.cost(Double.POSITIVE_INFINITY, 1, 1, 1, 5, false, Double.NaN));
        assertEquals(1000.0, cost.cost(1, Double.NaN, 1, 1, 5, false, Double.NaN));
        assertEquals(1000.0 + 1000 * (5 - 1.0) / 5, cost.cost(1, 1, 1, Double.POSITIVE_INFINITY, 5, true, 1.0),
                1e-12);
        CostFunction heavy = new CostFunction(20, 0, 0, 0, 1, 1, 1, 1, 1000, 0.7, 0.3);
        assertEquals(1000.0, heavy.cost(1e308, 0, 0, 0, 5, false, Double.NaN), "overflow of the weighted sum");
    }

    @Test
    void aHugeButFiniteStateOverflowsTheIseAndCostsThePenalty() {
        Scenario frozen = TestScenarios.with(LinearTestPlant.frozen(), ScriptedController.constant(0))
                .initialState(0, 0, 0, 1e200, 0, 0).duration(0.01).dt(1e-3).build();
        SimulationResult completed = SimulationEngine.run(frozen, NullRecorder.INSTANCE);
        assertEquals(StopStatus.COMPLETED, completed.status());
        assertEquals(1000.0, completed.cost());

        Scenario falling = TestScenarios.with(LinearTestPlant.drift(), ScriptedController.constant(0))
                .initialState(0, 0, 0, 0, 1e200, 0).duration(0.01).dt(1e-3).build();
        SimulationResult fell = SimulationEngine.run(falling, NullRecorder.INSTANCE);
        assertEquals(StopStatus.FELL, fell.status());
        assertEquals(1000.0 + 1000 * (0.01 - 0.001) / 0.01, fell.cost(), 1e-9);
    }

    @Test
    void scenariosCombineAsSevenTenthsMeanPlusThreeTenthsMax() {
        assertEquals(0.7 * 3 + 0.3 * 6, CostFunction.DEFAULTS.combine(new double[] {1, 2, 6}), 1e-15);
        assertEquals(4.0, CostFunction.DEFAULTS.combine(new double[] {4}), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> CostFunction.DEFAULTS.combine(new double[0]));
    }

    @Test
    void badSettingsNameTheirKey() {
        IllegalArgumentException norm = assertThrows(IllegalArgumentException.class,
                () -> new CostFunction(1, 1, 1, 1, 0, 1, 1, 1, 1000, 0.7, 0.3));
        assertTrue(norm.getMessage().contains("cost_function.norms.state_error"), norm.getMessage());
        IllegalArgumentException weight = assertThrows(IllegalArgumentException.class,
                () -> new CostFunction(1, 1, -1, 1, 1, 1, 1, 1, 1000, 0.7, 0.3));
        assertTrue(weight.getMessage().contains("cost_function.weights.control_rate"), weight.getMessage());
    }
}
