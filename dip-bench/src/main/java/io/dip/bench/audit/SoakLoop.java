package io.dip.bench.audit;

import io.dip.bench.measure.AllocationMeter;
import io.dip.bench.measure.Settling;
import io.dip.sim.engine.ClosedLoop;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.recording.NullRecorder;

/**
 * A long, non-recording closed-loop run through the engine's step API ({@link ClosedLoop#step()} with the
 * {@link NullRecorder}), counting the bytes the stepping thread allocates.
 *
 * <p>The run may be taken in several {@link #run} calls, all on the same loop, so that probes can run in between.
 * If the loop stops before the requested steps (the pendulum fell), the soak closes it and
 * starts a new episode from the scenario's initial state; creating the loop is outside the counted windows,
 * stepping is inside.
 */
public final class SoakLoop implements AutoCloseable {

    /** A warm-up runs in windows of a twentieth of its budget. */
    static final int WARMUP_WINDOWS = 20;

    private final Scenario scenario;
    private final AllocationMeter meter;
    private ClosedLoop loop;
    private long episodes;

    /**
     * @param scenario the run (its duration bounds one episode: give it more steps than the soak takes, so that
     *                 the loop's one-time end-of-run work stays out of the counted windows)
     * @param meter    the allocation meter of the stepping thread
     */
    public SoakLoop(Scenario scenario, AllocationMeter meter) {
        this.scenario = scenario;
        this.meter = meter;
    }

    /**
     * Takes {@code steps} more closed-loop steps on the calling thread.
     *
     * @param steps steps to take, ≥ 0
     * @return what this call ran (episodes: the total so far)
     */
    public SoakOutcome run(long steps) {
        long done = 0;
        long allocated = 0;
        long wall = 0;
        StopStatus failure = null;
        double failureTime = Double.NaN;
        while (done < steps) {
            ClosedLoop current = current();
            long remaining = steps - done;
            long startBytes = meter.currentThreadAllocatedBytes();
            long startNanos = System.nanoTime();
            long taken = 0;
            boolean running = true;
            while (running && taken < remaining) {
                running = current.step();
                taken++;
            }
            long endNanos = System.nanoTime();
            allocated += meter.bytesSince(startBytes);
            wall += endNanos - startNanos;
            done += taken;
            if (!current.isRunning() && done < steps) {
                failure = current.status();
                failureTime = current.time();
                closeCurrent();
            }
        }
        return new SoakOutcome(done, episodes, allocated, wall, failure, failureTime);
    }

    /**
     * Warms the loop up: runs windows of a twentieth of {@code budget} steps, at least half the budget, then until
     * the JIT and the loop have settled ({@link Settling}), or the budget is spent. A loop that allocates on every
     * step never settles and spends the whole budget.
     *
     * @param budget most steps to take, ≥ 0
     * @return what the warm-up ran (allocation: of all its windows)
     */
    public SoakOutcome warmUp(long budget) {
        long window = Math.max(1, budget / WARMUP_WINDOWS);
        long steps = 0;
        long allocated = 0;
        long wall = 0;
        SoakOutcome last = null;
        Settling settling = new Settling(WARMUP_WINDOWS / 2);
        while (steps + window <= budget) {
            last = run(window);
            steps += last.steps();
            allocated += last.allocatedBytes();
            wall += last.wallNanos();
            if (settling.windowEnded(last.allocatedBytes())) {
                break;
            }
        }
        return last == null ? new SoakOutcome(0, episodes, 0, 0, null, Double.NaN)
                : new SoakOutcome(steps, last.episodes(), allocated, wall, last.lastFailure(), last.lastFailureTime());
    }

    /** @return the loop of the current episode, created when there is none (or the last one stopped) */
    private ClosedLoop current() {
        if (loop == null || !loop.isRunning()) {
            closeCurrent();
            loop = new ClosedLoop(scenario, NullRecorder.INSTANCE);
            episodes++;
        }
        return loop;
    }

    private void closeCurrent() {
        if (loop != null) {
            loop.close();
            loop = null;
        }
    }

    /** Closes the current loop (and so its controller). */
    @Override
    public void close() {
        closeCurrent();
    }
}
