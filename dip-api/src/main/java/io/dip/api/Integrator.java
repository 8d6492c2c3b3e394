package io.dip.api;

/**
 * Integrates one control period {@code [t, t+dt]} of a {@link DynamicsModel} with the force {@code u} held
 * constant (zero-order hold), writing into a caller-owned array (docs/model.md §4).
 *
 * <p>Allocation-free; holds scratch arrays and (for adaptive methods) the proposed step between periods, so an
 * instance is confined to one thread and one run.
 */
public interface Integrator {

    /** @return the registered name, e.g. {@code rk4} */
    String name();

    /**
     * Advances the state by one control period.
     *
     * @param x   state at t (length 6), not modified unless it is also {@code out}
     * @param u   cart force held over the period (N)
     * @param dt  control period (s), &gt; 0
     * @param out receives the state at t + dt (length 6); may be the same array as {@code x}
     * @throws IllegalStateException when an adaptive method exceeds its sub-step budget within the period
     */
    void step(double[] x, double u, double dt, double[] out);

    /** @return sub-steps accepted during the last {@link #step} (1 for fixed-step methods) */
    default int lastAcceptedSubSteps() {
        return 1;
    }

    /** @return sub-steps rejected during the last {@link #step} (0 for fixed-step methods) */
    default int lastRejectedSubSteps() {
        return 0;
    }

    /** @return the step (s) an adaptive method proposes after the last period; NaN for fixed-step methods */
    default double proposedStep() {
        return Double.NaN;
    }

    /** Forgets state carried between periods (an adaptive method's proposed step). */
    default void reset() {
    }
}
