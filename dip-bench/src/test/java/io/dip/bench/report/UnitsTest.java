package io.dip.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void formatsDurationsInTheLargestFittingUnit() {
        assertEquals("87 ns", Units.nanos(87));
        assertEquals("1.24 µs", Units.nanos(1_240));
        assertEquals("3.10 ms", Units.nanos(3_100_000));
        assertEquals("2.50 s", Units.nanos(2_500_000_000L));
        assertEquals("–", Units.nanos(Double.NaN));
    }

    @Test
    void formatsSizesInBinaryUnits() {
        assertEquals("512 B", Units.bytes(512));
        assertEquals("17.0 KB", Units.bytes(17_408));
        assertEquals("3.0 MB", Units.bytes(3 * 1024 * 1024));
        assertEquals("0 B", Units.bytesPerCall(0));
        assertEquals("24.00 B", Units.bytesPerCall(24));
    }

    @Test
    void showsANegativeValueThatRoundsToZeroAsZero() {
        assertEquals("0.0", Units.fixed(-0.04, 1));
        assertEquals("-0.1", Units.fixed(-0.06, 1));
        assertEquals("0", Units.fixed(-0.2, 0));
    }

    @Test
    void formatsCountsAndFactors() {
        assertEquals("3,600,000", Units.count(3_600_000));
        assertEquals("400×", Units.times(400));
        assertEquals("0.8×", Units.times(0.8333));
        assertEquals("∞", Units.times(Double.POSITIVE_INFINITY));
    }
}
