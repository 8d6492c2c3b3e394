package io.dip.sim.realtime;

import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * How a paced loop waits for the next release time. Every strategy is allocation-free.
 *
 * <ul>
 *   <li>{@link #SLEEP} parks the thread (frees the core; wake-up jitter of tens of µs on Linux);</li>
 *   <li>{@link #YIELD} spins with {@link Thread#yield()} (lets other threads run; lower jitter);</li>
 *   <li>{@link #BUSY_SPIN} spins with {@link Thread#onSpinWait()} (lowest jitter; occupies a whole core).</li>
 * </ul>
 */
public enum IdleStrategy {

    /** Park for the remaining time, re-parking after an early wake-up. */
    SLEEP("sleep") {
        @Override
        public void idleUntil(long releaseNanos) {
            long remaining;
            while ((remaining = releaseNanos - System.nanoTime()) > 0) {
                LockSupport.parkNanos(remaining);
            }
        }
    },

    /** Yield the processor until the release time. */
    YIELD("yield") {
        @Override
        public void idleUntil(long releaseNanos) {
            while (releaseNanos - System.nanoTime() > 0) {
                Thread.yield();
            }
        }
    },

    /** Spin on the clock until the release time. */
    BUSY_SPIN("busy-spin") {
        @Override
        public void idleUntil(long releaseNanos) {
            while (releaseNanos - System.nanoTime() > 0) {
                Thread.onSpinWait();
            }
        }
    };

    private final String label;

    IdleStrategy(String label) {
        this.label = label;
    }

    /**
     * Returns when {@link System#nanoTime()} has reached {@code releaseNanos} (at once when it already has).
     *
     * @param releaseNanos the release time on the {@link System#nanoTime()} clock (ns)
     */
    public abstract void idleUntil(long releaseNanos);

    /** @return the name used on the command line: {@code sleep}, {@code yield} or {@code busy-spin} */
    public String label() {
        return label;
    }

    /**
     * @param text {@code sleep}, {@code yield}, {@code busy-spin} (or {@code spin}), any case
     * @return the strategy
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static IdleStrategy parse(String text) {
        String normalised = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (normalised.equals("spin")) {
            return BUSY_SPIN;
        }
        for (IdleStrategy strategy : values()) {
            if (strategy.label.equals(normalised)) {
                return strategy;
            }
        }
        throw new IllegalArgumentException("unknown idle strategy '" + text + "' (use sleep, yield or busy-spin)");
    }

    @Override
    public String toString() {
        return label;
    }
}
