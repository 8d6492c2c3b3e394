package io.dip.api;

/**
 * A feedback controller: one instance per run, confined to one thread.
 *
 * <p>Memory rules (checked by the architecture rules and the audit): the nominal model is reached only through
 * a {@link DynamicsRef}; the only history kept is bounded ({@link DoubleRingBuffer}s sized at creation);
 * {@link #computeControl} allocates nothing; {@link #close()} releases buffers and the model reference.
 * Use it with try-with-resources.
 */
public interface Controller extends AutoCloseable {

    /** @return the provider name of this controller, e.g. {@code classical_smc} */
    String name();

    /**
     * Computes the control force for the current state, saturated to {@code ±max_force}.
     *
     * <p>Never throws for bad numbers: a non-finite state gives 0.0 and raises the {@link Diagnostics#FAULT}
     * flag. Internal state (integrals, adaptive gains) advances by one control period.
     *
     * @param t           time (s)
     * @param x           measured state (length 6), not modified
     * @param lastControl the force applied during the previous period (N)
     * @return the commanded force (N)
     * @throws IllegalStateException     when the controller is closed
     * @throws DynamicsReleasedException when the nominal model has been released by its owner
     */
    double computeControl(double t, double[] x, double lastControl);

    /** Restores the initial internal state and clears the history. */
    void reset();

    /** @return live diagnostics (the same instance every call; values change after each control call) */
    Diagnostics diagnostics();

    /** @return the bounded history of σ, oldest first */
    DoubleRingBuffer sigmaHistory();

    /** @return the bounded history of the commanded force u (N), oldest first */
    DoubleRingBuffer controlHistory();

    /**
     * Whether this controller works over the whole circle of link angles (a swing-up) rather than near upright.
     * For such a controller the engine turns the fall check off (the track limit still applies) and measures
     * angles wrapped to (−π, π].
     *
     * @return false by default
     */
    default boolean worksOverWholeCircle() {
        return false;
    }

    /** @return true once {@link #close()} has run */
    boolean isClosed();

    /** Clears buffers and drops the dynamics reference. Idempotent; never throws. */
    @Override
    void close();
}
