package io.dip.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.sim.recording.CsvRecorder;
import io.dip.sim.recording.CsvRecording;
import io.dip.sim.recording.NullRecorder;
import io.dip.sim.recording.Recorder;
import io.dip.sim.testing.Plugins;
import io.dip.testkit.measure.AllocationAssertions;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine over the real plant (full), integrator (rk4) and the four sliding-mode controllers. */
class RealControllersTest {

    private static final long ONE_MEGABYTE = 1L << 20;
    private static final double TEN_HOURS = 10 * 3600.0;

    @TempDir
    Path tmp;

    static List<String> controllers() {
        return Plugins.CONTROLLERS;
    }

    @ParameterizedTest
    @MethodSource("controllers")
    void theStepAllocatesNothingWithARealController(String controller) {
        Scenario longRun = Plugins.fullRk4(controller).duration(10_000).dt(1e-3).build();
        try (ClosedLoop loop = new ClosedLoop(longRun, NullRecorder.INSTANCE)) {
            AllocationAssertions.assertAllocationFree(controller + " closed-loop step", loop::step);
            assertTrue(loop.isRunning(), controller + " still balancing after " + loop.time() + " s");
        }
    }

    @ParameterizedTest
    @MethodSource("controllers")
    void everyControllerBalancesTheModelsVerifiedStart(String controller) {
        SimulationResult result = SimulationEngine.run(Plugins.fullRk4(controller).duration(10).dt(1e-3).build(),
                NullRecorder.INSTANCE);
        assertEquals(StopStatus.COMPLETED, result.status());
        double[] end = result.metrics().finalState();
        assertTrue(Math.max(Math.abs(end[1]), Math.abs(end[2])) < 0.025, controller + " ends upright (MODEL §6)");
    }

    /** 3.6 million steps of 10 ms with nothing recorded: the used heap after GC does not grow by 1 MB. */
    @Test
    void aTenHourRunKeepsMemoryFlat() {
        assertHeapFlat(TEN_HOURS, NullRecorder.INSTANCE);
    }

    /** The same 10 hours streamed to CSV (one row a second): memory stays flat too. */
    @Test
    void aTenHourStreamedRunKeepsMemoryFlat() {
        CsvRecorder recorder = new CsvRecorder(tmp.resolve("ten-hours.csv"), 100);
        SimulationResult result = assertHeapFlat(TEN_HOURS, recorder);
        assertEquals(36_000, ((CsvRecording) result.recording()).rows());
    }

    private static SimulationResult assertHeapFlat(double duration, Recorder recorder) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        Scenario scenario = Plugins.fullRk4("classical_smc").duration(duration).dt(0.01).build();
        try (ClosedLoop loop = new ClosedLoop(scenario, recorder)) {
            for (int i = 0; i < 1000; i++) {
                loop.step();
            }
            long before = usedHeapAfterGc(memory);
            loop.run(new Cancellation());
            long after = usedHeapAfterGc(memory);
            assertEquals(3_600_000, loop.stepsTaken());
            assertEquals(StopStatus.COMPLETED, loop.status());
            assertTrue(Math.abs(after - before) < ONE_MEGABYTE, "used heap after GC went from " + before
                    + " to " + after + " bytes over " + loop.stepsTaken() + " steps");
            return loop.result(0);
        }
    }

    private static long usedHeapAfterGc(MemoryMXBean memory) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
