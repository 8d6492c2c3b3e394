package io.dip.testkit.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AllocationMeterTest {

    private static final long WINDOW = 1 << 16;

    /** Receives the results so that the JIT keeps the work. */
    private double sink;
    private Object escaped;

    @Test
    void anArithmeticPathReadsZeroInEveryWindow() {
        WindowedAllocation m = new AllocationMeter().measureWindows(i -> sink += Math.sqrt(i), WINDOW, 40, 16);

        assertTrue(m.allocationFree(), m.describe());
        assertEquals(16 * WINDOW, m.calls());
    }

    @Test
    void sixteenBytesPerCallFailEveryWindow() {
        WindowedAllocation m = new AllocationMeter().measureWindows(i -> escaped = new Object(), WINDOW, 40, 16);

        assertEquals(16, m.allocatingWindows(), m.describe());
        assertEquals(16.0, m.bytesPerCall(), 0.01);
        assertFalse(m.settled());
    }

    @ParameterizedTest(name = "leak phase {0}")
    @ValueSource(longs = {0, 1, 12_345, (1 << 20) - 1})
    void aLeakEvery2To20CallsIsCaughtWhateverItsPhase(long phase) {
        long[] calls = {phase};
        MeasuredPath slowLeak = i -> {
            if ((++calls[0] & ((1 << 20) - 1)) == 0) {
                escaped = new byte[8192];
            }
        };

        WindowedAllocation m = new AllocationMeter().measureWindows(slowLeak, WINDOW, 40, 32);

        assertFalse(m.allocationFree(), m.describe());
        assertTrue(m.totalBytes() >= 8192, m.describe());
    }

    @Test
    void assertAllocationFreePassesAnAllocationFreeWorkload() {
        double[] acc = new double[1];
        WindowedAllocation m = AllocationAssertions.assertAllocationFree("sqrt", () -> acc[0] += Math.sqrt(acc[0]),
                WINDOW, 8);
        assertTrue(m.allocationFree());
    }

    /**
     * A workload that allocates on every call (a new string kept in a field). A growing buffer would not do: it
     * allocates only when its capacity doubles, so its measured windows may all fall between two doublings.
     */
    @Test
    void assertAllocationFreeFailsAWorkloadThatAllocatesOnEveryCall() {
        long[] counter = {0};
        AssertionError e = assertThrows(AssertionError.class, () -> AllocationAssertions.assertAllocationFree(
                "toString", () -> escaped = Long.toString(counter[0]++)));
        assertTrue(e.getMessage().startsWith("toString allocates: "), e.getMessage());
    }

    @Test
    void rejectsEmptyMeasurements() {
        AllocationMeter meter = new AllocationMeter();
        assertThrows(IllegalArgumentException.class, () -> meter.measure(i -> { }, 0));
        assertThrows(IllegalArgumentException.class, () -> meter.measureWindows(i -> { }, 1, 1, 0));
    }
}
