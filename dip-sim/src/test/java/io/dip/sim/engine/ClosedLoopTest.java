package io.dip.sim.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.DynamicsModel;
import io.dip.api.Integrator;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.sim.disturbance.BandLimitedNoise;
import io.dip.sim.disturbance.DisturbanceSum;
import io.dip.sim.disturbance.ImpulseDisturbance;
import io.dip.sim.disturbance.SensorModel;
import io.dip.sim.disturbance.SinusoidDisturbance;
import io.dip.sim.disturbance.StepDisturbance;
import io.dip.sim.recording.CsvRecorder;
import io.dip.sim.recording.MemoryRecorder;
import io.dip.sim.recording.NoRecording;
import io.dip.sim.recording.NullRecorder;
import io.dip.sim.recording.Recorder;
import io.dip.sim.recording.Recording;
import io.dip.sim.recording.Trajectory;
import io.dip.sim.testing.LinearTestPlant;
import io.dip.sim.testing.PdTestController;
import io.dip.sim.testing.ScriptedController;
import io.dip.sim.testing.TestRk4;
import io.dip.sim.testing.TestScenarios;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.dip.testkit.measure.AllocationAssertions;
import io.dip.testkit.measure.AllocationMeter;
import io.dip.testkit.measure.Settling;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClosedLoopTest {

    @TempDir
    Path tmp;

    /** An independent transcription of docs/model.md §5 with the same plant and integrator, compared row by row. */
    @Test
    void followsTheLoopOfModelSection5() {
        double maxForce = 3.0;
        SinusoidDisturbance wave = new SinusoidDisturbance(5.0, 2.0, 0.3, 0.1);
        Scenario scenario = TestScenarios.dampedPd().maxForce(maxForce).disturbance(wave).build();
        Trajectory recorded = (Trajectory) SimulationEngine.run(scenario, new MemoryRecorder()).recording();

        DynamicsModel plant = LinearTestPlant.damped().create(PhysicalParameters.DEFAULTS);
        Integrator rk4 = new TestRk4().create(plant, Options.empty("integrator"));
        double dt = 1e-3;
        double[] x = {0.3, 0.05, -0.02, 0, 0, 0};
        double[] next = new double[6];
        double uPrev = 0;
        int beyondLimit = 0;
        assertEquals(2000, recorded.size());
        for (int k = 0; k < 2000; k++) {
            double t = k * dt;
            double commanded = -10 * x[0] - 5 * x[3];
            double actuator = Math.max(-maxForce, Math.min(maxForce, commanded));
            double push = t >= 0.1 ? 5.0 * Math.sin(2 * Math.PI * 2.0 * (t - 0.1) + 0.3) : 0.0;
            beyondLimit += Math.abs(actuator + push) > maxForce ? 1 : 0;
            rk4.step(x, actuator + push, dt, next);
            assertEquals(t, recorded.time(k));
            for (int i = 0; i < 6; i++) {
                assertEquals(x[i], recorded.state(k, i), "x_" + k + "[" + i + "]");
            }
            assertEquals(actuator, recorded.control(k), "u_" + k);
            assertEquals(push, recorded.disturbance(k), "d_" + k);
            assertEquals(x[0] + x[3], recorded.sigma(k), "sigma_" + k);
            System.arraycopy(next, 0, x, 0, 6);
            uPrev = actuator;
        }
        assertTrue(beyondLimit > 100, "the push must take the plant's force beyond max_force: " + beyondLimit);
        assertEquals(2.0, recorded.finalTime());
        for (int i = 0; i < 6; i++) {
            assertEquals(x[i], recorded.finalState()[i]);
        }
        assertTrue(uPrev != 0);
    }

    @Test
    void aStateBelowTheNegligibleMagnitudeInEveryComponentBecomesExactlyZero() {
        double tiny = ClosedLoop.NEGLIGIBLE_STATE / 10;
        double[] allBelow = {tiny, -tiny, tiny, -tiny, tiny, Double.MIN_VALUE};
        assertArrayEquals(new double[6], finalStateOfAFrozenPlantFrom(allBelow));
        double[] oneComponentAbove = {tiny, -tiny, tiny, -tiny, tiny, ClosedLoop.NEGLIGIBLE_STATE * 10};
        assertArrayEquals(oneComponentAbove, finalStateOfAFrozenPlantFrom(oneComponentAbove));
    }

    private static double[] finalStateOfAFrozenPlantFrom(double... x0) {
        ScriptedController zero = new ScriptedController((t, x, last) -> 0.0, 0.0);
        Scenario scenario = TestScenarios.with(LinearTestPlant.frozen(), zero).initialState(x0).duration(2e-3)
                .dt(1e-3).build();
        return ((Trajectory) SimulationEngine.run(scenario, new MemoryRecorder()).recording()).finalState();
    }

    @Test
    void takesRoundOfDurationOverDtSteps() {
        assertEquals(10, SimulationEngine.run(TestScenarios.dampedPd().duration(0.01049).build(),
                NullRecorder.INSTANCE).steps());
        SimulationResult eleven = SimulationEngine.run(TestScenarios.dampedPd().duration(0.01051).build(),
                NullRecorder.INSTANCE);
        assertEquals(11, eleven.steps());
        assertEquals(0.011, eleven.stopTime(), 1e-15);
        assertEquals(StopStatus.COMPLETED, eleven.status());
        assertTrue(Double.isNaN(eleven.failureTime()));
    }

    @Test
    void passesTheAppliedForceOfTheLastPeriodAsLastControl() {
        double[] seen = new double[3];
        ScriptedController script = new ScriptedController((t, x, last) -> {
            seen[(int) Math.round(t / 1e-3)] = last;
            return 200.0 + t * 1e6;
        }, 0.0);
        SimulationEngine.run(TestScenarios.with(LinearTestPlant.frozen(), script).duration(3e-3).dt(1e-3)
                .maxForce(150).build(), NullRecorder.INSTANCE);
        assertEquals(0.0, seen[0]);
        assertEquals(150.0, seen[1], "the clamped force, not the commanded one");
        assertEquals(150.0, seen[2]);
    }

    @Test
    void fellStopsAtTheFirstStateBeyondHalfPi() {
        Scenario scenario = TestScenarios.with(LinearTestPlant.unstable(), new PdTestController())
                .initialState(0, 0.1, 0, 0, 0, 0).duration(5).dt(1e-3).build();
        SimulationResult result = SimulationEngine.run(scenario, new MemoryRecorder());
        Trajectory trajectory = (Trajectory) result.recording();
        assertEquals(StopStatus.FELL, result.status());
        assertTrue(result.steps() < 5000);
        assertEquals(result.steps(), trajectory.size());
        assertEquals(result.steps() * 1e-3, result.stopTime(), 1e-12);
        assertEquals(result.stopTime(), result.failureTime());
        assertTrue(trajectory.state(trajectory.size() - 1, 1) <= Math.PI / 2);
        assertTrue(trajectory.finalState()[1] > Math.PI / 2);
        assertEquals(result.stopTime(), trajectory.finalTime());
    }

    @Test
    void offTrackStopsBeyondTheTrackLimit() {
        Scenario scenario = TestScenarios.with(LinearTestPlant.drift(), ScriptedController.constant(0))
                .initialState(0, 0, 0, 1.0, 0, 0).duration(5).dt(0.01).trackLimit(0.505).build();
        SimulationResult result = SimulationEngine.run(scenario, NullRecorder.INSTANCE);
        assertEquals(StopStatus.OFF_TRACK, result.status());
        assertEquals(51, result.steps());
        assertEquals(0.51, result.stopTime(), 1e-12);
    }

    @Test
    void fallingAndLeavingTheTrackAtOnceIsFell() {
        Scenario scenario = TestScenarios.with(LinearTestPlant.drift(), ScriptedController.constant(0))
                .initialState(0, 0, 0, 100, 0, 1000).duration(1).dt(0.01).build();
        assertEquals(StopStatus.FELL, SimulationEngine.run(scenario, NullRecorder.INSTANCE).status());
    }

    @Test
    void withoutStopOnFailureARunThatFellGoesOnToTheEnd() {
        Scenario scenario = TestScenarios.with(LinearTestPlant.unstable(), new PdTestController())
                .initialState(0, 0.1, 0, 0, 0, 0).duration(1).dt(1e-3).stopOnFailure(false).build();
        SimulationResult result = SimulationEngine.run(scenario, NullRecorder.INSTANCE);
        assertEquals(StopStatus.FELL, result.status());
        assertEquals(1000, result.steps());
        assertEquals(1.0, result.stopTime(), 1e-12);
        assertTrue(result.failureTime() > 0.4 && result.failureTime() < 0.9, "fell at " + result.failureTime());
        double expectedPenalty = 1000 * (1.0 - result.failureTime()) / 1.0;
        assertTrue(result.cost() > expectedPenalty);
    }

    @Test
    void nonFiniteStateIsDivergedAtTheNextInstantEvenWithoutStopOnFailure() {
        ScriptedController nanAfter5ms = new ScriptedController((t, x, last) -> t >= 0.0045 ? Double.NaN : 1.0, 0);
        Scenario scenario = TestScenarios.with(LinearTestPlant.damped(), nanAfter5ms)
                .duration(1).dt(1e-3).stopOnFailure(false).build();
        SimulationResult result = SimulationEngine.run(scenario, new MemoryRecorder());
        assertEquals(StopStatus.DIVERGED, result.status());
        assertEquals(6, result.steps(), "step 5 (t = 5 ms) gets NaN, x_6 is not finite");
        assertEquals(0.006, result.stopTime(), 1e-15);
        assertEquals(0.006, result.failureTime(), 1e-15);
        Trajectory trajectory = (Trajectory) result.recording();
        assertEquals(6, trajectory.size());
        assertTrue(Double.isNaN(trajectory.finalState()[3]));
    }

    /**
     * A cart without links or friction, ẍ = f: over one period with f held, ẋ grows by exactly f·dt, so the force
     * the plant received is read off the recorded velocities.
     */
    private static LinearTestPlant freeCart() {
        double[] a = new double[36];
        for (int i = 0; i < 3; i++) {
            a[i * 6 + 3 + i] = 1.0;
        }
        return new LinearTestPlant("test_free_cart", a, new double[] {0, 0, 0, 1, 0, 0});
    }

    @Test
    void theDisturbanceIsAddedAfterTheMotorLimitAndIsNotFedBack() {
        double[] lastControls = new double[4];
        ScriptedController motor = new ScriptedController((t, x, last) -> {
            lastControls[(int) Math.round(t / 1e-3)] = last;
            return 140.0;
        }, 0.5);
        Scenario scenario = TestScenarios.with(freeCart(), motor).duration(0.004).dt(1e-3).maxForce(10)
                .disturbance(new StepDisturbance(50, 0.0015)).build();
        Trajectory t = (Trajectory) SimulationEngine.run(scenario, new MemoryRecorder()).recording();
        double[] pushes = {0, 0, 50, 50};
        for (int k = 0; k < 4; k++) {
            assertEquals(10.0, t.control(k), "u_" + k + ": the actuator's force, clipped to max_force");
            assertEquals(pushes[k], t.disturbance(k), "d_" + k);
            double next = k < 3 ? t.state(k + 1, 3) : t.finalState()[3];
            assertEquals((10.0 + pushes[k]) * 1e-3, next - t.state(k, 3), 1e-15, "the plant got u_act + d at " + k);
        }
        assertArrayEquals(new double[] {0, 10, 10, 10}, lastControls, "lastControl is the actuator's force");
        Scenario pushBack = TestScenarios.with(freeCart(), ScriptedController.constant(-140)).duration(0.001)
                .dt(1e-3).maxForce(10).disturbance(new StepDisturbance(-50, 0)).build();
        Trajectory back = (Trajectory) SimulationEngine.run(pushBack, new MemoryRecorder()).recording();
        assertEquals(-60e-3, back.finalState()[3], 1e-15, "−10 N from the motor, −50 N from the push");
    }

    @Test
    void theCsvDisturbanceColumnHoldsThePush() throws Exception {
        Path csv = tmp.resolve("push.csv");
        Scenario scenario = TestScenarios.with(freeCart(), ScriptedController.constant(3)).duration(0.004)
                .dt(1e-3).maxForce(10).disturbance(new StepDisturbance(-7.5, 0.002)).build();
        SimulationEngine.run(scenario, new CsvRecorder(csv, 1));
        var lines = Files.readAllLines(csv);
        int u = Trajectory.COLUMNS.indexOf("u");
        int d = Trajectory.COLUMNS.indexOf("d");
        assertEquals(d, u + 1, "d follows u");
        double[] pushes = {0, 0, -7.5, -7.5};
        for (int k = 0; k < 4; k++) {
            String[] cells = lines.get(1 + k).split(",", -1);
            assertEquals(3.0, Double.parseDouble(cells[u]), "row " + k);
            assertEquals(pushes[k], Double.parseDouble(cells[d]), "row " + k);
        }
    }

    @Test
    void theControllerSeesTheSensorOutputAndTheRecordTheTrueState() {
        ScriptedController echo = new ScriptedController((t, x, last) -> x[0], 0);
        Scenario scenario = TestScenarios.with(LinearTestPlant.frozen(), echo).initialState(0.26, 0, 0, 0, 0, 0)
                .duration(0.002).dt(1e-3)
                .sensor(new SensorModel(new double[6], new double[] {0.1, 0, 0, 0, 0, 0})).build();
        Trajectory t = (Trajectory) SimulationEngine.run(scenario, new MemoryRecorder()).recording();
        assertEquals(0.30000000000000004, t.control(0), 1e-15);
        assertEquals(0.26, t.state(0, 0));
    }

    @Test
    void closesTheControllerAndReleasesItsModelAtTheEnd() {
        ScriptedController script = ScriptedController.constant(0);
        SimulationEngine.run(TestScenarios.with(LinearTestPlant.damped(), script).duration(0.01).dt(1e-3).build(),
                NullRecorder.INSTANCE);
        assertTrue(script.last().isClosed());
        assertTrue(script.last().nominal().isReleased());
    }

    @Test
    void aThrowingControllerEndsTheRunErrorWithItsRecordingCompleteToTheLastGoodStep() throws IOException {
        ScriptedController failing = new ScriptedController((t, x, last) -> {
            if (t >= 0.0095) {
                throw new IllegalStateException("controller broke");
            }
            return 0;
        }, 0);
        Path csv = tmp.resolve("run.csv");
        CsvRecorder recorder = new CsvRecorder(csv, 1);
        Scenario scenario = TestScenarios.with(LinearTestPlant.damped(), failing).duration(1).dt(1e-3).build();
        SimulationResult result = SimulationEngine.run(scenario, recorder);
        assertEquals(StopStatus.ERROR, result.status());
        assertEquals("IllegalStateException: controller broke", result.error());
        assertEquals(10, result.steps(), "steps 0..9 ran; step 10 threw");
        assertEquals(0.01, result.stopTime(), 1e-15);
        assertFalse(result.metrics().applicable());
        assertTrue(failing.last().isClosed());
        List<String> lines = Files.readAllLines(csv);
        assertEquals(1 + 10 + 1, lines.size(), "header, the 10 steps, the end state");
        assertTrue(lines.get(11).startsWith("0.01,"), lines.get(11));
        assertFalse(Files.exists(recorder.partialFile()));
    }

    @Test
    void aRecorderThatCannotWriteStillEndsTheProgram() {
        ScriptedController script = ScriptedController.constant(0);
        Scenario scenario = TestScenarios.with(LinearTestPlant.damped(), script).duration(1).dt(1e-3).build();
        Recorder full = new Recorder() {
            @Override
            public void begin(long expectedSteps) {
                // nothing to prepare
            }

            @Override
            public void record(double t, double[] x, double u, double d, double sigma) {
                throw new UncheckedIOException(new IOException("disk full"));
            }

            @Override
            public Recording finish(double t, double[] finalState, boolean complete) {
                return NoRecording.INSTANCE;
            }
        };
        assertThrows(UncheckedIOException.class, () -> SimulationEngine.run(scenario, full));
        assertTrue(script.last().isClosed());
    }

    @Test
    void holdsTheNominalModelForTheWholeRun() {
        ScriptedController[] self = new ScriptedController[1];
        self[0] = new ScriptedController((t, x, last) -> {
            if (Math.round(t * 1000) % 50 == 0) {
                System.gc();
            }
            self[0].last().nominal().get();
            return 0;
        }, 0);
        SimulationResult result = SimulationEngine.run(
                TestScenarios.with(LinearTestPlant.damped(), self[0]).duration(0.3).dt(1e-3).build(),
                NullRecorder.INSTANCE);
        assertEquals(StopStatus.COMPLETED, result.status());
        assertEquals(300, self[0].last().calls());
    }

    @Test
    void aCancelledRunStopsBeforeItsNextStep() {
        Cancellation cancellation = new Cancellation();
        ScriptedController cancelling = new ScriptedController((t, x, last) -> {
            if (t >= 0.4995) {
                cancellation.cancel();
            }
            return 0;
        }, 0);
        Scenario scenario = TestScenarios.with(LinearTestPlant.damped(), cancelling).duration(1).dt(1e-3).build();
        SimulationResult result = SimulationEngine.run(scenario, new MemoryRecorder(), cancellation);
        assertEquals(StopStatus.CANCELLED, result.status());
        assertEquals(501, result.steps(), "cancelled during step 500 (t = 0.5 s), stopped before step 501");
        assertTrue(Double.isNaN(result.cost()));
        assertFalse(result.recording().complete());
        assertTrue(cancelling.last().isClosed());
    }

    @Test
    void aControllerWithoutSigmaRecordsNoSigmaAndAddsNoSlidingCost() throws Exception {
        ScriptedController noSigma = new ScriptedController((t, x, last) -> 1.0, Double.NaN);
        SimulationResult result = SimulationEngine.run(TestScenarios.with(LinearTestPlant.damped(), noSigma)
                .duration(0.002).dt(1e-3).build(), new MemoryRecorder());
        Trajectory t = (Trajectory) result.recording();
        assertTrue(Double.isNaN(t.sigma(0)) && Double.isNaN(t.sigma(1)), "no σ, not a zero σ");
        assertFalse(t.hasSigma());
        assertEquals(0.0, result.metrics().sliding(), 0.0, "Σσ = 0: nothing to penalise");
        Path csv = tmp.resolve("nosigma.csv");
        SimulationEngine.run(TestScenarios.with(LinearTestPlant.damped(), noSigma).duration(0.002).dt(1e-3)
                .build(), new CsvRecorder(csv, 1));
        for (String row : Files.readAllLines(csv).subList(1, 3)) {
            assertTrue(row.endsWith(",1.0,0.0,"), "empty σ cell after u and d: " + row);
        }
    }

    @Test
    void stepAfterTheStopDoesNothing() {
        try (ClosedLoop loop = new ClosedLoop(TestScenarios.dampedPd().duration(0.002).build(),
                NullRecorder.INSTANCE)) {
            assertTrue(loop.step());
            assertFalse(loop.step());
            double[] end = loop.copyState(new double[6]);
            assertFalse(loop.step());
            assertArrayEquals(end, loop.copyState(new double[6]), "a stopped run does not move");
            assertEquals(0.002, loop.time(), 1e-15);
            assertEquals(2, loop.stepsTaken());
            assertSame(StopStatus.COMPLETED, loop.status());
            loop.result(1);
            assertThrows(IllegalStateException.class, () -> loop.result(1));
        }
    }

    @Test
    void theStepLoopAllocatesNothingWithoutRecording() {
        assertLoopAllocatesNothing(TestScenarios.dampedPd(), () -> NullRecorder.INSTANCE);
    }

    @Test
    void theStepLoopAllocatesNothingWithDisturbancesSensorNoiseAndMemoryRecording() {
        Scenario.Builder busy = TestScenarios.dampedPd()
                .disturbance(DisturbanceSum.of(new StepDisturbance(1, 0.5), new ImpulseDisturbance(5, 1, 0.01),
                        new SinusoidDisturbance(0.5, 3, 0, 0), new BandLimitedNoise(0.3, 50, 7)))
                .sensor(new SensorModel(new double[] {1e-3, 1e-3, 1e-3, 1e-2, 1e-2, 1e-2},
                        new double[] {1e-4, 1e-3, 1e-3, 0, 0, 0}))
                .seed(11);
        assertLoopAllocatesNothing(busy, () -> new MemoryRecorder(20_000, 100));
    }

    /**
     * Measures {@link ClosedLoop#step()} with the strict meter, then the {@link ClosedLoop#run} driver: whole
     * 10⁵-step runs until the JIT and the class loaders are quiet ({@link Settling}), then one 10⁶-step run that
     * must allocate 0 bytes (each loop is created outside the measured window).
     */
    private static void assertLoopAllocatesNothing(Scenario.Builder builder,
            java.util.function.Supplier<io.dip.sim.recording.Recorder> recorders) {
        try (ClosedLoop loop = new ClosedLoop(builder.duration(10_000).build(), recorders.get())) {
            AllocationAssertions.assertAllocationFree("ClosedLoop.step", loop::step);
            assertTrue(loop.isRunning());
        }
        AllocationMeter meter = new AllocationMeter();
        Settling settling = new Settling(AllocationMeter.MIN_WARMUP_WINDOWS);
        Scenario shortRun = builder.duration(100).build();
        boolean settled = false;
        for (int run = 0; run < 20 && !settled; run++) {
            settled = settling.windowEnded(runAllocation(meter, shortRun, recorders.get(), 100_000));
        }
        long bytes = runAllocation(meter, builder.duration(1000).build(), recorders.get(), 1_000_000);
        assertEquals(0, bytes, "ClosedLoop.run over 10^6 steps allocated " + bytes + " bytes (warm-up "
                + (settled ? "settled" : "never went quiet") + ")");
    }

    /** @return bytes the current thread allocated in {@link ClosedLoop#run} of a new loop over the scenario */
    private static long runAllocation(AllocationMeter meter, Scenario scenario, io.dip.sim.recording.Recorder recorder,
                                      long steps) {
        try (ClosedLoop loop = new ClosedLoop(scenario, recorder)) {
            Cancellation cancellation = new Cancellation();
            long before = meter.currentThreadAllocatedBytes();
            loop.run(cancellation);
            long bytes = meter.bytesSince(before);
            assertEquals(steps, loop.stepsTaken());
            assertEquals(StopStatus.COMPLETED, loop.status());
            return bytes;
        }
    }
}
