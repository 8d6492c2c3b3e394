package io.dip.sim.realtime;

import org.HdrHistogram.Histogram;

/**
 * Records per-call latencies into an HdrHistogram with a fixed range (1 ns to {@link #HIGHEST_TRACKABLE_NANOS},
 * three significant digits), allocated once in the constructor and never resized, so recording allocates
 * nothing. Values above the range are recorded at the top of the range; the exact maximum is kept aside.
 */
public final class LatencyRecorder {

    /** Highest latency the histogram resolves: 60 s (ns). */
    public static final long HIGHEST_TRACKABLE_NANOS = 60_000_000_000L;

    private static final int SIGNIFICANT_DIGITS = 3;

    private final Histogram histogram = new Histogram(1, HIGHEST_TRACKABLE_NANOS, SIGNIFICANT_DIGITS);
    private long maxNanos;

    /** Creates an empty recorder. */
    public LatencyRecorder() {
        histogram.setAutoResize(false);
    }

    /**
     * Records one latency. Allocation-free.
     *
     * @param nanos the latency (ns); negative values (a clock anomaly) are recorded as 0
     */
    public void record(long nanos) {
        long value = nanos < 0 ? 0 : nanos;
        if (value > maxNanos) {
            maxNanos = value;
        }
        histogram.recordValue(Math.min(value, HIGHEST_TRACKABLE_NANOS));
    }

    /**
     * Runs {@code path} {@code calls} times, timing each call with {@link System#nanoTime()}.
     * The timer's own cost (tens of ns) is part of every recorded value.
     *
     * @param path  the path to time
     * @param calls number of calls
     */
    public void time(HotPath path, long calls) {
        for (long i = 0; i < calls; i++) {
            long start = System.nanoTime();
            path.run(i);
            record(System.nanoTime() - start);
        }
    }

    /** Forgets every recorded value. */
    public void reset() {
        histogram.reset();
        maxNanos = 0;
    }

    /** @return the number of values recorded */
    public long count() {
        return histogram.getTotalCount();
    }

    /** @return the statistics of what was recorded */
    public LatencySummary summary() {
        return new LatencySummary(histogram.getTotalCount(), histogram.getMean(),
                histogram.getValueAtPercentile(50), histogram.getValueAtPercentile(95),
                histogram.getValueAtPercentile(99), histogram.getValueAtPercentile(99.9), maxNanos);
    }

    /** @return what was recorded in logarithmic buckets, for plotting */
    public LatencyDistribution distribution() {
        return LatencyDistribution.of(histogram);
    }
}
