package io.dip.sim.realtime;


/**
 * What a paced run measured.
 *
 * @param periodNanos    the period (ns)
 * @param idle           the idle strategy used between iterations
 * @param iterations     iterations run
 * @param deadlineMisses iterations that completed after their deadline (release + period)
 * @param latency        response latency of the iterations: completion time minus scheduled release (ns),
 *                       i.e. wake-up lateness plus the body's execution time
 * @param wallNanos      wall time of the whole run (ns)
 */
public record PacedLoopResult(long periodNanos, IdleStrategy idle, long iterations, long deadlineMisses,
                              LatencySummary latency, long wallNanos) {

    /** @return the rate (Hz) of the period */
    public double rateHz() {
        return 1e9 / periodNanos;
    }
}
