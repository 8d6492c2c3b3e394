package io.dip.bench.audit;

import io.dip.sim.engine.ClosedLoop;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.recording.NullRecorder;
import io.dip.testkit.measure.AllocationMeter;
import io.dip.testkit.measure.Settling;

/**
 * A long, non-recording closed-loop run through the engine's step API ({@link ClosedLoop#step()} with the
 * {@link NullRecorder}), counting the bytes the stepping thread allocates.
 *
 * <p>The run may be taken in several {@link #run} calls, all on the same loop, so that probes can run in between;
 * the soak keeps running totals in primitive fields, so {@link #run} itself allocates nothing once the loop
 * exists, and {@link #outcome()} snapshots them. If the loop stops before the requested steps (the pendulum
 * fell), the soak closes it and starts a new episode from the scenario's initial state; creating the loop is
 * outside the counted windows, stepping is inside.
 */
public final class SoakLoop implements AutoCloseable {

    /** A warm-up runs in windows of a twentieth of its budget. */
    static final int WARMUP_WINDOWS = 20;

    private final Scenario scenario;
    private final AllocationMeter meter;
    private ClosedLoop loop;
    private long episodes;
    private long steps;
    private long allocatedBytes;
    private long wallNanos;
    private StopStatus lastFailure;
    private double lastFailureTime = Double.NaN;

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
     * Takes {@code count} more closed-loop steps on the calling thread and adds them to the totals.
     *
     * @param count steps to take, ≥ 0
     */
    public void run(long count) {
        long done = 0;
        while (done < count) {
            ClosedLoop current = current();
            long remaining = count - done;
            long startBytes = meter.currentThreadAllocatedBytes();
            long startNanos = System.nanoTime();
            long taken = 0;
            boolean running = true;
            while (running && taken < remaining) {
                running = current.step();
                taken++;
            }
            long endNanos = System.nanoTime();
            allocatedBytes += meter.bytesSince(startBytes);
            wallNanos += endNanos - startNanos;
            steps += taken;
            done += taken;
            if (!current.isRunning() && done < count) {
                lastFailure = current.status();
                lastFailureTime = current.time();
                closeCurrent();
            }
        }
    }

    /**
     * Warms the loop up: runs windows of a twentieth of {@code budget} steps, at least half the budget, then until
     * the JIT and the loop have settled ({@link Settling}), or the budget is spent. A loop that allocates on every
     * step never settles and spends the whole budget.
     *
     * @param budget most steps to take, ≥ 0
     */
    public void warmUp(long budget) {
        long window = Math.max(1, budget / WARMUP_WINDOWS);
        Settling settling = new Settling(WARMUP_WINDOWS / 2);
        long taken = 0;
        while (taken + window <= budget) {
            long before = allocatedBytes;
            run(window);
            taken += window;
            if (settling.windowEnded(allocatedBytes - before)) {
                break;
            }
        }
    }

    /** @return the totals so far: steps, episodes, bytes allocated while stepping, wall time, last failure */
    public SoakOutcome outcome() {
        return new SoakOutcome(steps, episodes, allocatedBytes, wallNanos, lastFailure, lastFailureTime);
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
