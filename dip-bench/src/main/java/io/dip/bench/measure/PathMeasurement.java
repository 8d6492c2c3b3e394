package io.dip.bench.measure;

import io.dip.sim.realtime.HotPath;
import io.dip.sim.realtime.LatencyDistribution;
import io.dip.sim.realtime.LatencyRecorder;
import io.dip.sim.realtime.LatencySummary;

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

    /** Most settling windows, each a {@value}th of the measured calls. */
    public static final int SETTLE_WINDOWS = 20;

    /**
     * @param warmupCalls calls before measuring
     * @param calls       calls per measurement
     * @return the most calls {@link #measure} makes: two warm-up passes, the settling windows and two measurements
     */
    public static long maximumCalls(long warmupCalls, long calls) {
        return 2 * warmupCalls + (warmupCalls > 0 ? settleWindow(calls) * SETTLE_WINDOWS : 0) + 2 * calls;
    }

    private static long settleWindow(long calls) {
        return Math.max(1, calls / SETTLE_WINDOWS);
    }

    /**
     * Warms the path up, counts its allocation over {@code calls} calls, then times {@code calls} more.
     *
     * <p>The warm-up runs through the same measuring loops as the measurement, so that they too are compiled
     * before the counted window, and ends with {@link AllocationMeter#settle} (windows of a
     * {@value #SETTLE_WINDOWS}th of {@code calls}, at most {@value #SETTLE_WINDOWS}; see {@link Settling} for the
     * one-time allocations of the JIT this keeps out of the measurement).
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
        if (warmupCalls > 0) {
            meter.measure(path, warmupCalls);
            recorder.time(path, warmupCalls);
            meter.settle(path, settleWindow(calls), SETTLE_WINDOWS);
        }
        long bytes = meter.measure(path, calls);
        recorder.reset();
        recorder.time(path, calls);
        return new PathMeasurement(calls, (double) bytes / calls, recorder.summary(), recorder.distribution());
    }
}
