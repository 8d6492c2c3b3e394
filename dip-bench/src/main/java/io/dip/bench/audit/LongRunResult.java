package io.dip.bench.audit;

import io.dip.bench.measure.GcActivity;

/**
 * The long, non-recording closed-loop run of one controller (simulated hours at the audit's control period).
 *
 * @param steps           closed-loop steps run
 * @param simulatedHours  simulated time covered (h) = steps · dt / 3600
 * @param episodes        closed-loop episodes the steps were split into (1 unless the loop stopped on a failure
 *                        and was restarted from its initial state)
 * @param restartReason   why the last restart happened, e.g. {@code FELL at t = 3.20 s}; null without restart
 * @param wallNanos       wall time of the run (ns)
 * @param allocatedBytes  bytes the running thread allocated while stepping after the warm-up (at most
 *                        {@value ControllerAuditor#LONG_RUN_WARMUP_STEPS} steps; 0 for an allocation-free loop)
 * @param heapStartBytes  used heap after full collections before the run (bytes)
 * @param heapEndBytes    used heap after full collections after the run (bytes)
 * @param gc              collections between the heap probes (the probes' own collections excluded)
 */
public record LongRunResult(long steps, double simulatedHours, long episodes, String restartReason,
                            long wallNanos, long allocatedBytes, long heapStartBytes, long heapEndBytes,
                            GcActivity gc) {

    /** @return live-heap growth per simulated hour (KB/h, 1 KB = 1024 bytes); negative when the heap shrank */
    public double growthKbPerHour() {
        return simulatedHours > 0 ? (heapEndBytes - heapStartBytes) / 1024.0 / simulatedHours : 0.0;
    }

    /** @return steps per wall-clock second */
    public double stepsPerSecond() {
        return wallNanos > 0 ? steps * 1e9 / wallNanos : Double.POSITIVE_INFINITY;
    }
}
