package io.dip.sim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsRef;
import io.dip.api.ParameterSpace;
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
    void forEachHandsOverEveryResultInIndexOrderAsTheListDoes() {
        List<Scenario> scenarios = noisyScenarios(BatchRunner.CHUNK + 7);
        List<SimulationResult> listed = new BatchRunner(1).run(scenarios, RecorderFactory.none(),
                new Cancellation());
        List<Integer> order = new ArrayList<>();
        int delivered = new BatchRunner(3).forEach(scenarios.size(), scenarios::get, RecorderFactory.none(),
                new Cancellation(), (index, result) -> {
                    order.add(index);
                    assertEquals(Double.doubleToLongBits(listed.get(index).cost()),
                            Double.doubleToLongBits(result.cost()), "run " + index);
                });
        assertEquals(scenarios.size(), delivered);
        for (int i = 0; i < order.size(); i++) {
            assertEquals(i, order.get(i));
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
    void aThrowingRunIsAnErrorResultAndTheBatchGoesOn() {
        ScriptedController broken = new ScriptedController((t, x, last) -> {
            if (t >= 0.5) {
                throw new IllegalStateException("broken\nlaw");
            }
            return 0;
        }, 0);
        List<Scenario> scenarios = new ArrayList<>(noisyScenarios(3));
        scenarios.add(TestScenarios.with(LinearTestPlant.damped(), broken).name("the broken one").duration(1)
                .dt(1e-3).build());
        scenarios.addAll(noisyScenarios(2));
        Cancellation cancellation = new Cancellation();
        List<SimulationResult> results = new BatchRunner(2).run(scenarios, RecorderFactory.none(), cancellation);
        SimulationResult error = results.get(3);
        assertEquals(StopStatus.ERROR, error.status());
        assertEquals("IllegalStateException: broken law", error.error(), "one line");
        assertEquals(500, error.steps(), "steps 0..499 ran, step 500 threw");
        assertEquals(0.5, error.stopTime(), 1e-12);
        double penalty = error.scenario().costFunction().failurePenalty();
        assertEquals(penalty + penalty * 0.5, error.cost(), 1e-9, "the error cost at 0.5 s of 1 s");
        for (int i : new int[] {0, 1, 2, 4, 5}) {
            assertEquals(StopStatus.COMPLETED, results.get(i).status(), "run " + i);
        }
        assertFalse(cancellation.isCancelled());
    }

    @Test
    void aRunWhoseControllerCannotBeCreatedIsAnErrorResult() {
        ControllerProvider rejecting = new ControllerProvider() {
            @Override
            public String name() {
                return "rejecting";
            }

            @Override
            public String description() {
                return "rejects every gain vector";
            }

            @Override
            public ParameterSpace gains() {
                return new ParameterSpace(List.of());
            }

            @Override
            public Controller create(ControllerSpec spec, DynamicsRef nominal) {
                throw new IllegalArgumentException("gain K must be > 0");
            }
        };
        Scenario rejected = TestScenarios.with(LinearTestPlant.damped(), rejecting).duration(1).dt(1e-3).build();
        SimulationResult result = new BatchRunner(1).run(List.of(rejected), RecorderFactory.none(),
                new Cancellation()).get(0);
        assertEquals(StopStatus.ERROR, result.status());
        assertEquals(0, result.steps());
        assertEquals("IllegalArgumentException: gain K must be > 0", result.reason());
        assertEquals(2 * rejected.costFunction().failurePenalty(), result.cost(), 1e-9);
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
