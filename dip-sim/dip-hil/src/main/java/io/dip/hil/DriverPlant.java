package io.dip.hil;

import io.dip.api.HardwareDriver;
import io.dip.api.StateIndex;
import io.dip.sim.engine.PlantStep;
import io.dip.sim.realtime.IdleStrategy;

/**
 * A {@link PlantStep} through a {@link HardwareDriver}: each control period sends the force and waits for the
 * measured state that answers it.
 *
 * <pre>
 * send u (0 N instead when the previous period missed its deadline: its state is stale)
 * poll for the reply until the timeout; repeat the command every timeout/(retries + 1) without a reply
 * reply      → next = the measured state; record the round trip
 * no reply   → next = the last state (held), count a deadline miss
 * no valid reply for the give-up time since the last one (or the first command) → {@link #lost()}: the run ends
 *            LINK_LOST
 * </pre>
 *
 * <p>While waiting the thread polls with its {@link IdleStrategy} in slices of at most {@value #POLL_NANOS} ns.
 * Allocation-free after construction; confine to the loop's thread.
 */
final class DriverPlant implements PlantStep {

    /** Longest wait between two polls of the driver (ns). */
    static final long POLL_NANOS = 20_000;

    private final HardwareDriver driver;
    private final long timeoutNanos;
    private final long repeatNanos;
    private final long giveUpNanos;
    private final IdleStrategy idle;
    private final RoundTripLatency latency;
    private long deadlineMisses;
    private long repeats;
    private boolean missedLast;
    private boolean started;
    private long lastReplyNanos;
    private boolean lost;

    /**
     * @param driver       an open, started driver
     * @param timeoutNanos how long to wait for each reply (ns), &gt; 0
     * @param retries      how many times to repeat a command before its deadline, ≥ 0
     * @param giveUpNanos  wall time without a valid reply after which the link is lost (ns), &gt; 0
     * @param idle         how to wait between polls
     * @param latency      where round trips go
     */
    DriverPlant(HardwareDriver driver, long timeoutNanos, int retries, long giveUpNanos, IdleStrategy idle,
            RoundTripLatency latency) {
        this.driver = driver;
        this.timeoutNanos = timeoutNanos;
        this.repeatNanos = Math.max(1, timeoutNanos / (retries + 1L));
        this.giveUpNanos = giveUpNanos;
        this.idle = idle;
        this.latency = latency;
    }

    @Override
    public double advance(double[] x, double force, double dt, double[] next) {
        double applied = missedLast ? 0.0 : force;
        long sent = System.nanoTime();
        if (!started) {
            started = true;
            lastReplyNanos = sent;
        }
        driver.command(applied);
        long deadline = sent + timeoutNanos;
        long repeatAt = sent + repeatNanos;
        long now = sent;
        while (true) {
            if (driver.pollState(next)) {
                now = System.nanoTime();
                latency.record(now - sent);
                lastReplyNanos = now;
                missedLast = false;
                return applied;
            }
            now = System.nanoTime();
            if (now - deadline >= 0) {
                break;
            }
            if (now - repeatAt >= 0) {
                if (driver.repeatCommand()) {
                    repeats++;
                }
                repeatAt += repeatNanos;
            }
            idle.idleUntil(Math.min(Math.min(deadline, repeatAt), now + POLL_NANOS));
        }
        deadlineMisses++;
        missedLast = true;
        System.arraycopy(x, 0, next, 0, StateIndex.DIMENSION);
        if (now - lastReplyNanos >= giveUpNanos) {
            lost = true;
        }
        return applied;
    }

    @Override
    public boolean lost() {
        return lost;
    }

    /** @return periods without a valid reply in time */
    long deadlineMisses() {
        return deadlineMisses;
    }

    /** @return commands sent again before their deadline */
    long repeats() {
        return repeats;
    }
}
