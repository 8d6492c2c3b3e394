package io.dip.sim.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.testkit.measure.AllocationAssertions;
import org.junit.jupiter.api.Test;

class LatencyRecorderTest {

    @Test
    void summarisesRecordedValuesWithinTheHistogramPrecision() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (long v = 1; v <= 10_000; v++) {
            recorder.record(v);
        }

        LatencySummary s = recorder.summary();
        assertEquals(10_000, s.count());
        assertEquals(5_000.5, s.meanNanos(), 5.0);      // 3 significant digits: 0.1 % of the value
        assertEquals(5_000, s.p50Nanos(), 5);
        assertEquals(9_500, s.p95Nanos(), 10);
        assertEquals(9_900, s.p99Nanos(), 10);
        assertEquals(9_990, s.p999Nanos(), 10);
        assertEquals(10_000, s.maxNanos());
    }

    @Test
    void keepsTheExactMaximumBeyondTheRangeAndClampsNegatives() {
        LatencyRecorder recorder = new LatencyRecorder();
        recorder.record(-5);
        recorder.record(LatencyRecorder.HIGHEST_TRACKABLE_NANOS + 12_345);

        assertEquals(2, recorder.count());
        assertEquals(LatencyRecorder.HIGHEST_TRACKABLE_NANOS + 12_345, recorder.summary().maxNanos());
    }

    @Test
    void resetForgetsEverything() {
        LatencyRecorder recorder = new LatencyRecorder();
        recorder.record(100);
        recorder.reset();

        assertEquals(0, recorder.count());
        assertEquals(0, recorder.summary().maxNanos());
    }

    @Test
    void timingAMillionCallsAllocatesNothing() {
        LatencyRecorder recorder = new LatencyRecorder();
        HotPath empty = j -> { };

        AllocationAssertions.assertAllocationFree("LatencyRecorder.time", () -> recorder.time(empty, 1));
    }

    @Test
    void theDistributionCountsEveryCall() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (long v = 1; v <= 1_000; v++) {
            recorder.record(v * 7);
        }

        LatencyDistribution d = recorder.distribution();
        assertEquals(1_000, d.total());
        double[] edges = d.upperNanos();
        for (int i = 1; i < edges.length; i++) {
            double ratio = edges[i] / edges[i - 1];
            assertTrue(ratio > 1.15 && ratio < 1.35, "bucket " + i + " ratio " + ratio);
        }
    }
}
