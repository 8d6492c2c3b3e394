package io.dip.sim.engine;

/**
 * A cancellation flag, polled by running simulations before every step (one volatile read). A child flag is also
 * set when its parent is, so a batch can cancel its runs without touching its caller's flag.
 */
public final class Cancellation {

    private final Cancellation parent;
    private volatile boolean cancelled;

    /** A flag that is not set. */
    public Cancellation() {
        this(null);
    }

    private Cancellation(Cancellation parent) {
        this.parent = parent;
    }

    /** @return a new flag that reads as set when this one is */
    public Cancellation child() {
        return new Cancellation(this);
    }

    /** Sets the flag; running simulations stop before their next step. */
    public void cancel() {
        cancelled = true;
    }

    /** @return true once this flag or an ancestor has been set */
    public boolean isCancelled() {
        return cancelled || parent != null && parent.isCancelled();
    }
}
