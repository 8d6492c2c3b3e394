package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.sim.recording.MemoryRecorder;
import io.dip.sim.recording.NoRecording;
import io.dip.sim.recording.NullRecorder;
import io.dip.sim.recording.Recorder;
import io.dip.sim.recording.Recording;
import io.dip.sim.recording.Trajectory;
import io.dip.testkit.measure.AllocationAssertions;
import org.junit.jupiter.api.Test;

class TeeRecorderTest {

    @Test
    void bothRecordersSeeEveryStepAndTheFirstOneGivesTheRecording() {
        MemoryRecorder a = new MemoryRecorder(100, 1);
        MemoryRecorder b = new MemoryRecorder(100, 2);
        TeeRecorder tee = new TeeRecorder(a, b);
        tee.begin(5);
        double[] x = new double[6];
        for (int k = 0; k < 5; k++) {
            x[1] = 0.1 * k;
            tee.record(k * 0.01, x, k, 2 * k, -k);
        }
        Trajectory first = (Trajectory) tee.finish(0.05, x, true);
        Trajectory second = (Trajectory) tee.secondRecording();
        assertEquals(5, first.size());
        assertEquals(3, second.size(), "steps 0, 2, 4");
        assertEquals(0.4, second.state(2, 1), 1e-15);
        assertEquals(4.0, second.control(2));
        assertEquals(-3.0, first.sigma(3));
        assertEquals(6.0, first.disturbance(3));
    }

    @Test
    void theSecondRecorderIsFinishedWhenTheFirstThrows() {
        Recorder failing = new Recorder() {
            @Override
            public void begin(long expectedSteps) {
            }

            @Override
            public void record(double t, double[] x, double u, double d, double sigma) {
            }

            @Override
            public Recording finish(double t, double[] finalState, boolean complete) {
                throw new IllegalStateException("disk full");
            }
        };
        TeeRecorder tee = new TeeRecorder(failing, NullRecorder.INSTANCE);
        tee.begin(1);
        assertThrows(IllegalStateException.class, () -> tee.finish(0, new double[6], false));
        assertSame(NoRecording.INSTANCE, tee.secondRecording());
    }

    @Test
    void recordingAllocatesNothing() {
        TeeRecorder tee = new TeeRecorder(new MemoryRecorder(1000, 1), new MemoryRecorder(1000, 7));
        tee.begin(Long.MAX_VALUE);
        double[] x = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        double[] t = {0};
        AllocationAssertions.assertAllocationFree("TeeRecorder.record", () -> {
            t[0] += 1e-3;
            tee.record(t[0], x, 1.5, 3.0, -0.5);
        });
        assertTrue(t[0] > 0);
    }
}
