package io.dip.sim.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MemoryRecorderTest {

    private static Trajectory feed(MemoryRecorder recorder, int steps) {
        recorder.begin(steps);
        double[] x = new double[6];
        for (int k = 0; k < steps; k++) {
            x[0] = k;
            x[5] = -k;
            recorder.record(k * 0.5, x, 10 + k, 50 + k, 100 + k);
        }
        x[0] = steps;
        return recorder.finish(steps * 0.5, x, true);
    }

    @Test
    void keepsEveryStepByDefault() {
        Trajectory t = feed(new MemoryRecorder(), 7);
        assertEquals(7, t.size());
        for (int r = 0; r < 7; r++) {
            assertEquals(r * 0.5, t.time(r));
            assertEquals(r, t.state(r, 0));
            assertEquals(-r, t.state(r, 5));
            assertEquals(10 + r, t.control(r));
            assertEquals(50 + r, t.disturbance(r));
            assertEquals(100 + r, t.sigma(r));
        }
        assertTrue(t.hasSigma());
        assertTrue(t.hasDisturbance());
        assertEquals(3.5, t.finalTime());
        assertEquals(7, t.finalState()[0]);
        assertEquals(0, t.droppedRows());
        assertTrue(t.complete());
    }

    @Test
    void decimationKeepsSteps0NAnd2N() {
        Trajectory t = feed(new MemoryRecorder(100, 3), 10);
        assertEquals(4, t.size());
        assertEquals(3, t.sampleEvery());
        double[] kept = t.column(Trajectory.STATE);
        assertEquals(0, kept[0]);
        assertEquals(3, kept[1]);
        assertEquals(6, kept[2]);
        assertEquals(9, kept[3]);
    }

    @Test
    void theRowCapKeepsTheLatestRows() {
        Trajectory t = feed(new MemoryRecorder(4, 2), 21);
        assertEquals(4, t.size());
        assertEquals(7, t.droppedRows());
        assertEquals(14, t.state(0, 0));
        assertEquals(16, t.state(1, 0));
        assertEquals(18, t.state(2, 0));
        assertEquals(20, t.state(3, 0));
        assertEquals(21, t.finalState()[0]);
    }

    @Test
    void storageIsSizedForTheRunNotTheCap() {
        MemoryRecorder recorder = new MemoryRecorder(1_000_000_000, 1);
        Trajectory t = feed(recorder, 3);
        assertEquals(3, t.size());
    }

    @Test
    void aRunWithoutSigmaOrDisturbanceSaysSo() {
        MemoryRecorder recorder = new MemoryRecorder();
        recorder.begin(2);
        recorder.record(0.0, new double[6], 1.0, 0.0, Recorder.NO_SIGMA);
        recorder.record(0.5, new double[6], 2.0, 0.0, Recorder.NO_SIGMA);
        Trajectory t = recorder.finish(1.0, new double[6], true);
        assertFalse(t.hasSigma());
        assertFalse(t.hasDisturbance());
        assertTrue(Double.isNaN(t.sigma(1)));
    }

    @Test
    void anIncompleteRunIsMarked() {
        MemoryRecorder recorder = new MemoryRecorder();
        recorder.begin(10);
        assertFalse(recorder.finish(0, new double[6], false).complete());
    }

    @Test
    void recordsOneRunOnly() {
        MemoryRecorder recorder = new MemoryRecorder();
        feed(recorder, 2);
        assertThrows(IllegalStateException.class, () -> recorder.begin(2));
        assertThrows(IllegalStateException.class, () -> recorder.finish(0, new double[6], true));
    }

    @Test
    void badSettingsNameTheirKey() {
        IllegalArgumentException limit = assertThrows(IllegalArgumentException.class, () -> new MemoryRecorder(0, 1));
        assertTrue(limit.getMessage().contains("record_limit"), limit.getMessage());
        IllegalArgumentException every = assertThrows(IllegalArgumentException.class, () -> new MemoryRecorder(5, 0));
        assertTrue(every.getMessage().contains("sample_every"), every.getMessage());
    }
}
