package io.dip.bench.measure;

import io.dip.sim.realtime.HotPath;
import io.dip.sim.realtime.LatencyDistribution;
import io.dip.sim.realtime.LatencyRecorder;
import io.dip.sim.realtime.LatencySummary;

/**
 * Latency of one hot path, measured after warm-up. (Its allocation is judged by the controller contract, in a
 * child JVM with escape analysis off: {@link io.dip.testkit.contract.AllocationProbe}.)
 *
 * @param calls         calls timed
 * @param latency       per-call latency statistics
 * @param distribution  the latency histogram in logarithmic buckets
 */
public record PathMeasurement(long calls, LatencySummary latency, LatencyDistribution distribution) {

    /**
     * @param warmupCalls calls before measuring
     * @param calls       calls per measurement
     * @return the calls {@link #measure} makes: the warm-up and the timed calls
     */
    public static long maximumCalls(long warmupCalls, long calls) {
        return warmupCalls + calls;
    }

    /**
     * Warms the path up through the timing loop, then times {@code calls} more.
     *
     * @param path        the hot path
     * @param warmupCalls calls before measuring
     * @param calls       calls timed, ≥ 1
     * @param recorder    the latency recorder (reset first)
     * @return the measurement
     */
    public static PathMeasurement measure(HotPath path, long warmupCalls, long calls, LatencyRecorder recorder) {
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be >= 1, got " + calls);
        }
        if (warmupCalls > 0) {
            recorder.time(path, warmupCalls);
        }
        recorder.reset();
        recorder.time(path, calls);
        return new PathMeasurement(calls, recorder.summary(), recorder.distribution());
    }
}
