package io.dip.sim.realtime;


/**
 * Runs a body at a fixed period against the wall clock ({@link System#nanoTime()}), the way a real-time
 * control loop runs a controller at its control period.
 *
 * <p>Schedule: iteration k is released at {@code start + k·period} and must complete by
 * {@code start + (k+1)·period}. Before each release the loop waits with its {@link IdleStrategy}. An iteration
 * that overruns is counted as a deadline miss; the schedule is not shifted, so the next iteration starts at
 * once and is measured against its own (already running) period — a loop that cannot keep up misses every
 * deadline until it catches up, as a real one would.
 *
 * <p>Each iteration's response latency (completion minus release) goes into a preallocated histogram; the loop
 * itself allocates nothing, so the latency it reports is the body's plus the platform's wake-up jitter.
 */
public final class PacedLoop {

    private final long periodNanos;
    private final IdleStrategy idle;
    private final LatencyRecorder latency = new LatencyRecorder();

    /**
     * @param periodNanos the period (ns), &gt; 0
     * @param idle        how to wait for each release
     */
    public PacedLoop(long periodNanos, IdleStrategy idle) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("period must be > 0 ns, got " + periodNanos);
        }
        if (idle == null) {
            throw new IllegalArgumentException("idle strategy must not be null");
        }
        this.periodNanos = periodNanos;
        this.idle = idle;
    }

    /**
     * Runs {@code body} for {@code iterations} periods. The histogram of a previous run is cleared first.
     *
     * @param body       the work of one period (given the iteration index)
     * @param iterations number of periods, ≥ 1
     * @return deadline misses and response-latency statistics
     */
    public PacedLoopResult run(HotPath body, long iterations) {
        return runWhile(k -> {
            body.run(k);
            return true;
        }, iterations);
    }

    /**
     * Runs {@code body} once per period until it returns false or {@code maxIterations} periods have run. The
     * period in which the body returns false is timed and counted like any other. The histogram of a previous run
     * is cleared first; the loop itself allocates nothing.
     *
     * @param body          the work of one period (given the iteration index); false ends the run
     * @param maxIterations the most periods to run, ≥ 1
     * @return deadline misses and response-latency statistics of the periods run
     */
    public PacedLoopResult runWhile(PacedBody body, long maxIterations) {
        if (maxIterations < 1) {
            throw new IllegalArgumentException("iterations must be >= 1, got " + maxIterations);
        }
        latency.reset();
        long misses = 0;
        long iterations = 0;
        long start = System.nanoTime() + periodNanos;
        long release = start;
        boolean more = true;
        while (more && iterations < maxIterations) {
            idle.idleUntil(release);
            more = body.runPeriod(iterations);
            long done = System.nanoTime();
            long response = done - release;
            latency.record(response);
            if (response > periodNanos) {
                misses++;
            }
            iterations++;
            release += periodNanos;
        }
        long wall = System.nanoTime() - start;
        return new PacedLoopResult(periodNanos, idle, iterations, misses, latency.summary(), wall);
    }
}
