package io.dip.bench.measure;

/**
 * Latency statistics of one measured path, in nanoseconds.
 *
 * @param count     number of calls recorded
 * @param meanNanos arithmetic mean (ns)
 * @param p50Nanos  median (ns)
 * @param p95Nanos  95th percentile (ns)
 * @param p99Nanos  99th percentile (ns)
 * @param p999Nanos 99.9th percentile (ns)
 * @param maxNanos  the largest single call (ns), exact
 */
public record LatencySummary(long count, double meanNanos, long p50Nanos, long p95Nanos, long p99Nanos,
                             long p999Nanos, long maxNanos) {

    /**
     * @param deadlineNanos a deadline (ns)
     * @return how many times the slowest call fits in the deadline, {@code deadline / max}; infinite when max is 0
     */
    public double deadlineMarginFactor(long deadlineNanos) {
        return maxNanos == 0 ? Double.POSITIVE_INFINITY : (double) deadlineNanos / maxNanos;
    }
}
