package io.dip.hil;

import io.dip.sim.realtime.LatencyRecorder;
import io.dip.sim.realtime.LatencySummary;
import org.HdrHistogram.Histogram;

/**
 * Round-trip times of a HIL link (command sent → valid reply read), in an HdrHistogram of fixed range (1 ns to
 * {@link LatencyRecorder#HIGHEST_TRACKABLE_NANOS}, three significant digits) allocated once, corrected for
 * coordinated omission: a round trip of duration T recorded with expected interval I also records T − I, T − 2I, …
 * down to I ({@code recordValueWithExpectedInterval}), the commands a stalled loop would have sent on schedule. The
 * interval is the control period of a paced loop and 0 (no correction) for a lock-step one, whose commands have no
 * schedule. Allocation-free.
 */
final class RoundTripLatency {

    private final Histogram histogram = new Histogram(1, LatencyRecorder.HIGHEST_TRACKABLE_NANOS, 3);
    private final long expectedIntervalNanos;
    private long maxNanos;

    /** @param expectedIntervalNanos the interval between commands on schedule (ns); 0 for no correction */
    RoundTripLatency(long expectedIntervalNanos) {
        this.expectedIntervalNanos = expectedIntervalNanos;
        histogram.setAutoResize(false);
    }

    /** @param nanos one round trip (ns) */
    void record(long nanos) {
        long value = Math.max(1, Math.min(nanos, LatencyRecorder.HIGHEST_TRACKABLE_NANOS));
        maxNanos = Math.max(maxNanos, nanos);
        histogram.recordValueWithExpectedInterval(value, expectedIntervalNanos);
    }

    /** @return the statistics recorded so far */
    LatencySummary summary() {
        return new LatencySummary(histogram.getTotalCount(), histogram.getMean(), histogram.getValueAtPercentile(50),
                histogram.getValueAtPercentile(95), histogram.getValueAtPercentile(99),
                histogram.getValueAtPercentile(99.9), maxNanos);
    }
}
