package io.dip.sim.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationEngine;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.recording.NullRecorder;
import io.dip.sim.testing.Plugins;
import java.util.Arrays;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The controllers' shipped default gains: every controller holds the large initial state of docs/model.md §6, and
 * the super-twisting controllers' tuned defaults score better on the robust set than the first reaching gains of
 * docs/model.md §6.
 */
class ShippedDefaultsTest {

    private static final double[] LARGE_STATE = {0, 0.3, -0.2, 0, 0, 0};

    /** @return every shipped controller at dt 1 ms and 10 ms */
    static Stream<Arguments> shippedControllersAndPeriods() {
        return DoubleStream.of(0.001, 0.01).boxed()
                .flatMap(dt -> Plugins.CONTROLLERS.stream().map(name -> Arguments.of(name, dt)));
    }

    @ParameterizedTest(name = "{0} at dt {1}")
    @MethodSource("shippedControllersAndPeriods")
    void everyControllerHoldsTheLargeStateWithItsDefaults(String controller, double dt) {
        Scenario scenario = TuningFixtures.base(controller, 10.0, dt).toBuilder().initialState(LARGE_STATE).build();
        SimulationResult result = SimulationEngine.run(scenario, NullRecorder.INSTANCE);
        double[] x = result.metrics().finalState();
        double tilt = Math.max(Math.abs(x[1]), Math.abs(x[2]));
        assertEquals(StopStatus.COMPLETED, result.status(), controller);
        assertTrue(tilt < 0.05, controller + " ends at max|θ| = " + tilt + " rad, state " + Arrays.toString(x));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sta_smc", "hybrid_adaptive_sta_smc"})
    void tunedDefaultsBeatTheModelsOriginalGainsOnTheRobustSet(String controller) {
        double[] shipped = TuningFixtures.controller(controller).gains().defaults();
        double[] original = shipped.clone();
        double[] originalReaching = controller.equals("sta_smc") ? new double[] {5, 5, 5}
                : new double[] {4, 0.4, 2, 0.5, 5};
        System.arraycopy(originalReaching, 0, original, 6, originalReaching.length);
        ScenarioSet robust = TuningScenarios.robust(TuningFixtures.base(controller, 5.0, 1e-3));
        double[] costs = new double[2];
        new ControllerTuningObjective(robust, new BatchRunner(2), new Cancellation())
                .evaluate(new double[][] {original, shipped}, costs);
        assertTrue(costs[1] < costs[0], controller + ": shipped defaults J = " + costs[1] + ", original J = "
                + costs[0]);
    }
}
