package io.dip.sim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.sim.disturbance.BandLimitedNoise;
import io.dip.sim.disturbance.SensorModel;
import io.dip.sim.recording.MemoryRecorder;
import io.dip.sim.recording.NullRecorder;
import io.dip.sim.recording.RecorderFactory;
import io.dip.sim.recording.Trajectory;
import io.dip.sim.testing.LinearTestPlant;
import io.dip.sim.testing.PdTestController;
import io.dip.sim.testing.ScriptedController;
import io.dip.sim.testing.TestScenarios;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BatchRunnerTest {

    private static List<Scenario> noisyScenarios(int n) {
        List<Scenario> scenarios = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            scenarios.add(TestScenarios.dampedPd()
                    .name("run-" + i)
                    .initialState(0.1 * i, 0.01 * i, -0.02, 0, 0, 0)
                    .duration(0.5 + 0.1 * (i % 3))
                    .disturbance(new BandLimitedNoise(2.0, 30, 100 + i))
                    .sensor(new SensorModel(new double[] {1e-3, 1e-3, 1e-3, 1e-2, 1e-2, 1e-2}, new double[6]))
                    .seed(i)
                    .build());
        }
        return scenarios;
    }

    @Test
    void resultsAreBitIdenticalWhateverTheThreadCountAndInInputOrder() {
        List<Scenario> scenarios = noisyScenarios(12);
        List<SimulationResult> one = new BatchRunner(1).run(scenarios, i -> new MemoryRecorder(), new Cancellation());
        List<SimulationResult> four = new BatchRunner(4).run(scenarios, i -> new MemoryRecorder(), new Cancellation());
        assertEquals(12, one.size());
        for (int i = 0; i < 12; i++) {
            assertEquals("run-" + i, four.get(i).scenario().name());
            assertEquals(one.get(i).status(), four.get(i).status());
            assertEquals(one.get(i).steps(), four.get(i).steps());
            assertEquals(Double.doubleToLongBits(one.get(i).cost()), Double.doubleToLongBits(four.get(i).cost()));
            Trajectory a = (Trajectory) one.get(i).recording();
            Trajectory b = (Trajectory) four.get(i).recording();
            for (int c = 0; c < Trajectory.WIDTH; c++) {
                assertArrayEquals(a.column(c), b.column(c), "run " + i + " column " + Trajectory.COLUMNS.get(c));
            }
            assertArrayEquals(a.finalState(), b.finalState());
        }
        assertTrue(one.get(0).cost() != one.get(1).cost(), "the runs differ from each other");
    }

    @Test
    void theCostPathMatchesSingleRuns() {
        List<Scenario> scenarios = noisyScenarios(5);
        double[] costs = new BatchRunner(3).costs(scenarios, new Cancellation());
        for (int i = 0; i < 5; i++) {
            assertEquals(SimulationEngine.cost(scenarios.get(i)), costs[i]);
        }
    }

    @Test
    void aCancelledBatchReturnsNotStartedResults() {
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        List<SimulationResult> results = new BatchRunner(2).run(noisyScenarios(4), RecorderFactory.none(),
                cancellation);
        for (SimulationResult r : results) {
            assertEquals(StopStatus.CANCELLED, r.status());
            assertEquals(0, r.steps());
            assertTrue(Double.isNaN(r.cost()));
        }
    }

    @Test
    void cancellingDuringARunStopsItAndTheRest() {
        Cancellation cancellation = new Cancellation();
        ScriptedController cancelsAtHalfASecond = new ScriptedController((t, x, last) -> {
            if (t >= 0.25) {
                cancellation.cancel();
            }
            return 0;
        }, 0);
        List<Scenario> scenarios = new ArrayList<>(noisyScenarios(2));
        scenarios.add(TestScenarios.with(LinearTestPlant.damped(), cancelsAtHalfASecond).duration(1).dt(1e-3)
                .build());
        scenarios.addAll(noisyScenarios(2));
        List<SimulationResult> results = new BatchRunner(1).run(scenarios, RecorderFactory.none(), cancellation);
        assertEquals(StopStatus.COMPLETED, results.get(0).status());
        assertEquals(StopStatus.COMPLETED, results.get(1).status());
        assertEquals(StopStatus.CANCELLED, results.get(2).status());
        assertEquals(251, results.get(2).steps());
        assertEquals(0, results.get(3).steps());
        assertEquals(StopStatus.CANCELLED, results.get(4).status());
    }

    @Test
    void aThrowingRunNamesItsScenarioAndLeavesTheCallersFlagAlone() {
        ScriptedController broken = new ScriptedController((t, x, last) -> {
            throw new IllegalStateException("broken law");
        }, 0);
        List<Scenario> scenarios = new ArrayList<>(noisyScenarios(3));
        scenarios.add(TestScenarios.with(LinearTestPlant.damped(), broken).name("the broken one").duration(1)
                .dt(1e-3).build());
        Cancellation cancellation = new Cancellation();
        BatchRunException e = assertThrows(BatchRunException.class,
                () -> new BatchRunner(2).run(scenarios, RecorderFactory.none(), cancellation));
        assertEquals(3, e.index());
        assertTrue(e.getMessage().contains("#3 'the broken one'"), e.getMessage());
        assertTrue(e.getMessage().contains("broken law"), e.getMessage());
        assertFalse(cancellation.isCancelled());
    }

    @Test
    void eachRunGetsItsOwnController() {
        PdTestController pd = new PdTestController();
        List<Scenario> same = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            same.add(TestScenarios.with(LinearTestPlant.damped(), pd).initialState(0.2, 0, 0, 0, 0, 0)
                    .duration(1).dt(1e-3).build());
        }
        List<SimulationResult> results = new BatchRunner(3).run(same, i -> NullRecorder.INSTANCE,
                new Cancellation());
        for (SimulationResult r : results) {
            assertArrayEquals(results.get(0).metrics().finalState(), r.metrics().finalState());
        }
    }

    @Test
    void needsAtLeastOneThread() {
        assertThrows(IllegalArgumentException.class, () -> new BatchRunner(0));
        assertEquals(Runtime.getRuntime().availableProcessors(), BatchRunner.allCores().threads());
    }
}
