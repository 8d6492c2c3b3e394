package io.dip.sim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.recording.NullRecorder;
import io.dip.sim.recording.RecorderFactory;
import io.dip.sim.testing.TestScenarios;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.junit.jupiter.api.Test;

/**
 * A Monte Carlo study holds the same heap whatever its number of runs: the heap used half-way through a study of
 * 200 000 runs, after a garbage collection, is within a few megabytes of that of a study of 2 000 runs. Holding one
 * result, scenario or summary per run would cost hundreds of bytes each, tens of megabytes for the larger study.
 */
class MonteCarloMemoryTest {

    /** Allowed difference between the two heaps (bytes): a tenth of what 200 000 kept summaries would take. */
    private static final long TOLERANCE = 8L << 20;

    private static long heapHalfWay(int runs) {
        Scenario base = TestScenarios.dampedPd().duration(0.002).dt(0.001).build();
        MonteCarloStudy study = new MonteCarloStudy(base, runs, 9, ParameterUncertainty.DEFAULTS,
                new double[] {0.1, 0.05, 0.05, 0, 0, 0}, false);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] measured = new long[1];
        RecorderFactory measuring = index -> {
            if (index == runs / 2) {
                measured[0] = usedAfterGc(memory);
            }
            return NullRecorder.INSTANCE;
        };
        MonteCarloReport report = study.run(new BatchRunner(2), measuring, new Cancellation(), null);
        assertEquals(runs, report.runsDone());
        assertEquals(runs, report.successes());
        return measured[0];
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    @Test
    void theHeapDoesNotGrowWithTheNumberOfRuns() {
        heapHalfWay(2_000);
        long small = heapHalfWay(2_000);
        long large = heapHalfWay(200_000);
        assertTrue(large - small < TOLERANCE, "heap half-way: " + (small >> 10) + " KiB for 2 000 runs, "
                + (large >> 10) + " KiB for 200 000 runs");
    }
}
