package io.dip.api;

import java.util.Map;

/**
 * A feedback controller: one instance per run, confined to one thread. Extend {@link AbstractController}, which
 * implements everything below but the control law itself.
 *
 * <p>What every controller must do is four methods: {@link #name}, {@link #computeControl}, {@link #reset} and
 * {@link #close}. What it may report is optional: {@link #diagnostics()} (named live values such as σ, see
 * {@link Diagnostics#SIGMA}; none by default) and {@link #histories()} (bounded histories; none by default). A
 * controller that is not a sliding-mode controller simply has no σ, and the engine records none.
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
     * <p>Never throws for bad numbers: a non-finite state gives 0.0 and, when the controller has diagnostics,
     * raises {@link Diagnostics#FAULT}. Internal state (integrals, adaptive gains) advances by one control
     * period.
     *
     * @param t           time (s)
     * @param x           measured state (length 6), not modified
     * @param lastControl the actuator's force during the previous period (N): the previous output after the
     *                    motor limit, without any external disturbance (0 at the first call)
     * @return the commanded force (N)
     * @throws IllegalStateException     when the controller is closed
     * @throws DynamicsReleasedException when the nominal model has been released by its owner
     */
    double computeControl(double t, double[] x, double lastControl);

    /** Restores the initial internal state and clears the histories. */
    void reset();

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

    /**
     * Clears the histories and drops the dynamics reference; later {@link #computeControl} calls throw
     * {@link IllegalStateException}. Idempotent; never throws.
     */
    @Override
    void close();

    /**
     * @return live diagnostics (the same instance every call; values change after each control call);
     *         {@link Diagnostics#NONE} unless the controller reports some
     */
    default Diagnostics diagnostics() {
        return Diagnostics.NONE;
    }

    /**
     * The bounded histories the controller keeps, by name (e.g. {@code u} and {@code sigma} for
     * {@link AbstractController}), for inspection and for the audit, which checks that they stay within their
     * capacity and that {@link #close()} empties them. Not for the hot path: the map may be built on each call.
     *
     * @return the histories, oldest value first in each; empty when the controller keeps none
     */
    default Map<String, DoubleRingBuffer> histories() {
        return Map.of();
    }
}
