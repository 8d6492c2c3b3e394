package io.dip.sim.tuning;

/**
 * A cooperative stop request. Any thread (a shutdown hook, a progress listener, a user interface) may call
 * {@link #cancel()}; an optimiser checks {@link #isCancelled()} between iterations and, once set, stops and returns
 * the best point found so far.
 */
public final class CancellationFlag {

    private volatile boolean cancelled;

    /** Requests the stop; idempotent. */
    public void cancel() {
        cancelled = true;
    }

    /** @return true once {@link #cancel()} has been called */
    public boolean isCancelled() {
        return cancelled;
    }
}
