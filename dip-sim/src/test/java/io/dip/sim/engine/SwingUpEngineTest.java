package io.dip.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.Angles;
import io.dip.sim.metrics.RunMetrics;
import io.dip.sim.recording.MemoryRecorder;
import io.dip.sim.recording.Trajectory;
import io.dip.sim.testing.Plugins;
import org.junit.jupiter.api.Test;

/**
 * The engine with a controller that works over the whole circle: the swing-up from hanging runs without the fall
 * check, within the track limit, and its measures use wrapped angles.
 */
class SwingUpEngineTest {

    private static final double PI = Math.PI;

    static Scenario.Builder fromHanging() {
        return Plugins.fullRk4("swing_up_smc").initialState(0, PI, PI, 0, 0, 0).duration(20).dt(1e-3)
                .trackLimit(1.0);
    }

    @Test
    void theSwingUpCompletesWithoutTheFallCheckAndEndsUpright() {
        SimulationResult result = SimulationEngine.run(fromHanging().build(), new MemoryRecorder());
        assertEquals(StopStatus.COMPLETED, result.status(), "no FELL although the run starts at |θ| = π");
        RunMetrics metrics = result.metrics();
        assertTrue(metrics.wholeCircle());
        assertTrue(metrics.swingUpTime() > 0.5 && metrics.swingUpTime() < 10, "swing-up time "
                + metrics.swingUpTime());
        assertTrue(metrics.modeSwitches() >= 1, "swing, then catch or hold: " + metrics.modeSwitches());
        Trajectory trajectory = (Trajectory) result.recording();
        double expected = 0;
        for (int row = 0; row < trajectory.size(); row++) {
            assertTrue(Math.abs(trajectory.state(row, 0)) <= 1.0, "|x| within the track at t = "
                    + trajectory.time(row));
            assertTrue(Math.abs(trajectory.control(row)) <= 150.0);
            double angle = Math.max(Math.abs(Angles.wrap(trajectory.state(row, 1))),
                    Math.abs(Angles.wrap(trajectory.state(row, 2))));
            if (angle > 0.05) {
                expected = trajectory.time(row) + 1e-3;
            }
        }
        assertEquals(expected, metrics.swingUpTime(), 1e-9, "swing-up time = first time in the band for good");
    }

    @Test
    void theTrackLimitOfTheScenarioReachesTheController() {
        Scenario scenario = fromHanging().trackLimit(0.7).build();
        assertEquals(0.7, scenario.controller().spec().trackLimit());
        SimulationResult result = SimulationEngine.run(scenario, new MemoryRecorder());
        assertEquals(StopStatus.COMPLETED, result.status());
        assertTrue(Double.isFinite(result.metrics().swingUpTime()));
    }

    @Test
    void aStabilisingControllerStillFallsFromHanging() {
        SimulationResult result = SimulationEngine.run(Plugins.fullRk4("sta_smc").initialState(0, PI, PI, 0, 0, 0)
                .duration(1).dt(1e-3).build(), new MemoryRecorder());
        assertEquals(StopStatus.FELL, result.status());
        assertEquals(1e-3, result.stopTime(), 1e-12);
        assertTrue(Double.isNaN(result.metrics().swingUpTime()));
    }
}
