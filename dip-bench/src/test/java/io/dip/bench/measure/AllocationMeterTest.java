package io.dip.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dip.sim.realtime.HotPath;
import org.junit.jupiter.api.Test;

class AllocationMeterTest {

    private static final long CALLS = 1_000_000;
    private static final int WARMUP = 50_000;

    /** Receives the results so that the JIT keeps the work. */
    private double sink;
    private long[] escaped;

    @Test
    void anArithmeticPathAllocatesNothing() {
        AllocationMeter meter = new AllocationMeter();
        HotPath path = i -> sink += Math.sqrt(i);
        for (int i = 0; i < WARMUP; i++) {
            path.run(i);
        }

        assertEquals(0, meter.measure(path, CALLS));
    }

    @Test
    void aPathAllocatingAnArrayIsChargedItsSize() {
        AllocationMeter meter = new AllocationMeter();
        HotPath path = i -> escaped = new long[14];
        for (int i = 0; i < WARMUP; i++) {
            path.run(i);
        }

        // 64-bit HotSpot with compressed class pointers: 16-byte array header + 14 × 8 bytes = 128 bytes
        // (a collection during the run may charge the thread a few hundred bytes more in all)
        assertEquals(128.0, (double) meter.measure(path, CALLS) / CALLS, 0.01);
    }

    @Test
    void rejectsAnEmptyMeasurement() {
        assertThrows(IllegalArgumentException.class, () -> new AllocationMeter().measure(i -> { }, 0));
    }
}
