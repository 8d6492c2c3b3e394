package io.dip.sim.recording;

import io.dip.api.Diagnostics;

/**
 * Receives a run step by step. One instance serves one run: {@link #begin} once, {@link #record} once per control
 * step, then {@link #finish} once — also when the run stopped early, was cancelled or threw.
 *
 * <p>{@link #record} must not allocate: it is on the engine's hot path.
 */
public interface Recorder {

    /**
     * Gives the recorder the controller's live diagnostics before {@link #begin}; their values at each
     * {@link #record} call are those of that step. The default ignores them.
     *
     * @param diagnostics the controller's diagnostics (the same instance for the whole run)
     */
    default void observe(Diagnostics diagnostics) {
    }

    /**
     * Called before the first step.
     *
     * @param expectedSteps the number of control steps the run will take if it does not stop early
     */
    void begin(long expectedSteps);

    /** The σ passed to {@link #record} by a run whose controller has no sliding variable: NaN, "no value". */
    double NO_SIGMA = Double.NaN;

    /**
     * Called once per control step k.
     *
     * @param t     t_k = k·dt (s)
     * @param x     the state before the step (length 6); read it now, it changes after the call
     * @param u     the actuator's force during the step: the controller's output clipped to ±max_force (N)
     * @param d     the external disturbance force on the cart during the step (N); the plant receives u + d
     * @param sigma the controller's σ for this step, or {@link #NO_SIGMA} when the controller has none
     */
    void record(double t, double[] x, double u, double d, double sigma);

    /**
     * Called once after the last step.
     *
     * @param t          time of the end state (s)
     * @param finalState the state after the last step (length 6)
     * @param complete   false when the run did not end normally (cancelled, or an exception): a file recorder
     *                   then leaves its output marked as partial
     * @return what was recorded
     */
    Recording finish(double t, double[] finalState, boolean complete);
}
