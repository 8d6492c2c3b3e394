package io.dip.api;

/**
 * A latching watchdog on the {@link System#nanoTime()} clock: armed by {@link #kick}, it expires when
 * {@code now − lastKick > timeout} and then stays expired (a latched fault) whatever comes later. Allocation-free.
 */
public final class Watchdog {

    private final long timeoutNanos;
    private long lastKickNanos;
    private boolean armed;
    private boolean expired;

    /** @param timeoutSeconds time without a kick after which it expires (s), &gt; 0; infinite never expires */
    public Watchdog(double timeoutSeconds) {
        if (!(timeoutSeconds > 0)) {
            throw new IllegalArgumentException("watchdog timeout must be > 0 s, got " + timeoutSeconds);
        }
        this.timeoutNanos = timeoutSeconds >= Long.MAX_VALUE / 1e9 ? Long.MAX_VALUE
                : Math.max(1L, Math.round(timeoutSeconds * 1e9));
    }

    /**
     * Records a valid command; arms the watchdog on the first call. Ignored once expired.
     *
     * @param nowNanos the current {@link System#nanoTime()}
     */
    public void kick(long nowNanos) {
        if (!expired) {
            lastKickNanos = nowNanos;
            armed = true;
        }
    }

    /**
     * @param nowNanos the current {@link System#nanoTime()}
     * @return true when expired (now or before)
     */
    public boolean check(long nowNanos) {
        if (armed && !expired && nowNanos - lastKickNanos > timeoutNanos) {
            expired = true;
        }
        return expired;
    }

    /**
     * Records a command arriving now: checks first, so a command later than the timeout finds the watchdog expired
     * (and does not re-arm it), then kicks.
     *
     * @param nowNanos the current {@link System#nanoTime()}
     * @return true when expired (now or before): the command must be replaced by the safe one
     */
    public boolean commandArrived(long nowNanos) {
        boolean late = check(nowNanos);
        kick(nowNanos);
        return late;
    }

    /** Expires at once (latched), e.g. when the loop gives up on its own. */
    public void trip() {
        expired = true;
    }

    /** @return true once expired */
    public boolean expired() {
        return expired;
    }
}
