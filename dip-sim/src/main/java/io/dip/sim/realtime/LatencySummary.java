package io.dip.sim.realtime;

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
     * The margin to a deadline, taken at the 99.9th percentile: on a shared machine the single slowest of a million
     * calls measures the operating system's preemption more than the code.
     *
     * @param deadlineNanos a deadline (ns)
     * @return {@code deadline / p99.9}; infinite when p99.9 is 0
     */
    public double deadlineMarginFactor(long deadlineNanos) {
        return p999Nanos == 0 ? Double.POSITIVE_INFINITY : (double) deadlineNanos / p999Nanos;
    }
}
