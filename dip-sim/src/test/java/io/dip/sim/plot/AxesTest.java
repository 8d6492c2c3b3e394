package io.dip.sim.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AxesTest {

    @Test
    void timeAxesEndAtARoundMultipleOfARoundStep() {
        assertEquals(10.0, Axes.timeAxisEnd(10.0), 1e-12);
        assertEquals(10.0, Axes.timeAxisEnd(9.84), 1e-12);
        assertEquals(5.0, Axes.timeAxisEnd(4.999), 1e-12);
        assertEquals(0.4, Axes.timeAxisEnd(0.37), 1e-12);
        assertEquals(30_000.0, Axes.timeAxisEnd(30_000), 1e-9);
        assertEquals(12.0, Axes.timeAxisEnd(11.5), 1e-12);
    }

    @Test
    void roundCeilingsAreOneTwoTwoAndAHalfOrFiveTimesAPowerOfTen() {
        assertEquals(1.0, Axes.niceCeiling(0.984), 1e-15);
        assertEquals(2.5, Axes.niceCeiling(2.1), 1e-15);
        assertEquals(500.0, Axes.niceCeiling(301), 1e-12);
        assertEquals(0.02, Axes.niceCeiling(0.0123), 1e-15);
    }

    @Test
    void tickPatternsKeepALeadingZeroAndSwitchToScientificOutsideTheReadableRange() {
        assertEquals("0.0##E0", Axes.decimalPattern(5e-4));
        assertEquals("0.0##E0", Axes.decimalPattern(2e5));
        assertEquals("0.####", Axes.decimalPattern(0.3));
        assertEquals("0", Axes.decimalPattern(150));
    }
}
