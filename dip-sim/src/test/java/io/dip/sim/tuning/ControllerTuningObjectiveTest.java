package io.dip.sim.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.ParameterSpace;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationEngine;
import io.dip.sim.montecarlo.ParameterUncertainty;
import io.dip.sim.testing.LinearTestPlant;
import io.dip.sim.testing.ScriptedController;
import io.dip.sim.testing.TestScenarios;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControllerTuningObjectiveTest {

    private static final ScenarioSet SET = TuningScenarios.configured(TuningFixtures.base("classical_smc", 2.0, 0.01),
            List.of(new double[] {0, 0.1, -0.05, 0, 0, 0}, new double[] {0, 0.3, -0.2, 0, 0, 0},
                    new double[] {0, 0.6, 0.6, 0, 0, 0}), 0, null, 0, ParameterUncertainty.DEFAULTS, 1);
    private static final ParameterSpace SPACE = TuningFixtures.controller("classical_smc").gains();

    private static double[][] points() {
        double[] defaults = SPACE.defaults();
        double[] stronger = defaults.clone();
        stronger[6] = 9;
        stronger[7] = 20;
        double[] weak = defaults.clone();
        weak[6] = 0.1;
        weak[7] = 0.1;
        return new double[][] {defaults, stronger, weak};
    }

    @Test
    void costIsSeventyPercentMeanPlusThirtyPercentMaxOfTheRuns() {
        double[][] points = points();
        double[] out = new double[points.length];
        ControllerTuningObjective objective =
                new ControllerTuningObjective(SET, new BatchRunner(2), new Cancellation());
        objective.evaluate(points, out);
        for (int p = 0; p < points.length; p++) {
            double sum = 0;
            double max = Double.NEGATIVE_INFINITY;
            for (Scenario s : SET.scenarios()) {
                double j = SimulationEngine.cost(s.withGains(points[p]));
                sum += j;
                max = Math.max(max, j);
            }
            assertEquals(0.7 * sum / 3 + 0.3 * max, out[p], 0.0, "point " + p);
        }
        assertEquals(9, objective.simulations());
        assertTrue(objective.steps() > 0 && objective.steps() <= 9 * 200);
        assertTrue(out[2] > 100, "the weak gains let the third state fall: failure penalty " + out[2]);
    }

    @Test
    void costsDoNotDependOnTheThreadCount() {
        double[][] points = points();
        double[] one = new double[3];
        double[] four = new double[3];
        new ControllerTuningObjective(SET, new BatchRunner(1), new Cancellation()).evaluate(points, one);
        new ControllerTuningObjective(SET, new BatchRunner(4), new Cancellation()).evaluate(points, four);
        assertArrayEquals(one, four, 0.0);
    }

    @Test
    void aCancelledBatchScoresNaN() {
        Cancellation cancelled = new Cancellation();
        cancelled.cancel();
        double[] out = new double[3];
        new ControllerTuningObjective(SET, new BatchRunner(2), cancelled).evaluate(points(), out);
        for (double c : out) {
            assertTrue(Double.isNaN(c));
        }
    }

    @Test
    void gainsWhoseRunThrowsScoreAsAFailureAtThatTime() {
        ScriptedController breaksHalfWay = new ScriptedController((t, x, last) -> {
            if (t >= 0.5) {
                throw new IllegalStateException("integrator gave up");
            }
            return 0;
        }, 0);
        ScenarioSet set = new ScenarioSet("configured", 1, List.of(TestScenarios.with(LinearTestPlant.damped(),
                breaksHalfWay).duration(1).dt(1e-3).build()));
        double[] out = new double[1];
        new ControllerTuningObjective(set, new BatchRunner(1), new Cancellation()).evaluate(new double[][] {{}}, out);
        double penalty = set.scenarios().get(0).costFunction().failurePenalty();
        assertEquals(penalty + penalty * 0.5, out[0], 1e-9, "the error cost of a throw at 0.5 s of 1 s");
    }
}
