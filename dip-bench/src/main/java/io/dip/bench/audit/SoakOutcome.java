package io.dip.bench.audit;

import io.dip.sim.engine.StopStatus;

/**
 * The running totals of a {@link SoakLoop}.
 *
 * @param steps           closed-loop steps taken
 * @param episodes        loops created (1 + the restarts after a stop before the requested step count)
 * @param allocatedBytes  bytes the stepping thread allocated while stepping (loop creation excluded)
 * @param wallNanos       wall time of the stepping (ns)
 * @param lastFailure     the last failure status that forced a restart, or null when none did
 * @param lastFailureTime simulated time of that failure within its episode (s), NaN when none
 */
public record SoakOutcome(long steps, long episodes, long allocatedBytes, long wallNanos, StopStatus lastFailure,
                          double lastFailureTime) {

    /**
     * @param earlier a snapshot of the same soak taken before this one
     * @return the steps, allocation and wall time between the two snapshots (episodes and failure: this one's)
     */
    public SoakOutcome since(SoakOutcome earlier) {
        return new SoakOutcome(steps - earlier.steps, episodes, allocatedBytes - earlier.allocatedBytes,
                wallNanos - earlier.wallNanos, lastFailure, lastFailureTime);
    }
}
