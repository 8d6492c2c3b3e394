package io.dip.bench.audit;

import io.dip.sim.engine.StopStatus;

/**
 * What a {@link SoakLoop} ran.
 *
 * @param steps          closed-loop steps taken
 * @param episodes       loops created (1 + the restarts after a stop before the requested step count)
 * @param allocatedBytes bytes the stepping thread allocated while stepping (loop creation excluded)
 * @param wallNanos      wall time of the stepping (ns)
 * @param lastFailure    the last failure status that forced a restart, or null when none did
 * @param lastFailureTime simulated time of that failure within its episode (s), NaN when none
 */
public record SoakOutcome(long steps, long episodes, long allocatedBytes, long wallNanos, StopStatus lastFailure,
                          double lastFailureTime) {
}
