package io.dip.bench.measure;

/**
 * Allocation and latency of one hot path, measured after warm-up.
 *
 * @param calls         calls measured for allocation (and, separately, for latency)
 * @param bytesPerCall  bytes allocated per call (0 for an allocation-free path)
 * @param latency       per-call latency statistics
 * @param distribution  the latency histogram in logarithmic buckets
 */
public record PathMeasurement(long calls, double bytesPerCall, LatencySummary latency,
                              LatencyDistribution distribution) {

    /**
     * Warms the path up, counts its allocation over {@code calls} calls, then times {@code calls} more.
     *
     * @param path        the hot path
     * @param warmupCalls calls before measuring
     * @param calls       calls per measurement, ≥ 1
     * @param meter       the allocation meter (of the current thread)
     * @param recorder    the latency recorder (reset first)
     * @return the measurement
     */
    public static PathMeasurement measure(HotPath path, long warmupCalls, long calls, AllocationMeter meter,
                                          LatencyRecorder recorder) {
        for (long i = 0; i < warmupCalls; i++) {
            path.run(i);
        }
        long bytes = meter.measure(path, calls);
        recorder.reset();
        recorder.time(path, calls);
        return new PathMeasurement(calls, (double) bytes / calls, recorder.summary(), recorder.distribution());
    }
}
