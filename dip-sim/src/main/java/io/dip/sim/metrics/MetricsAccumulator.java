package io.dip.sim.metrics;

import io.dip.api.StateIndex;

/**
 * Accumulates {@link RunMetrics} one control step at a time. {@link #accept} allocates nothing; one instance
 * serves one run.
 */
public final class MetricsAccumulator {

    /** Angle threshold of the settling time (rad), docs/model.md §9. */
    public static final double SETTLING_THRESHOLD = 0.02;

    private final double dt;
    private final double duration;
    private final CostFunction costFunction;

    private long samples;
    private double stateError;
    private double controlEffort;
    private double controlRate;
    private double sliding;
    private double chattering;
    private double peakControl;
    private double settlingTime;
    private double previousControl;
    private final double[] previousAngle = new double[2];
    private final boolean[] crossed = new boolean[2];
    private double overshoot;

    /**
     * @param dt           control period (s), &gt; 0
     * @param duration     configured run duration T (s), &gt; 0
     * @param costFunction weights, norms and penalty of J
     */
    public MetricsAccumulator(double dt, double duration, CostFunction costFunction) {
        if (!(dt > 0) || !(duration > 0)) {
            throw new IllegalArgumentException("dt and duration must be > 0, got " + dt + ", " + duration);
        }
        this.dt = dt;
        this.duration = duration;
        this.costFunction = costFunction;
    }

    /**
     * Adds sample k.
     *
     * @param t     time t_k (s)
     * @param x     state x_k before the step (length 6)
     * @param u     the actuator's force during the step (N), after the motor limit, without the disturbance
     * @param sigma the controller's σ after computing u (0 for a controller without σ: it adds nothing to Σσ)
     */
    public void accept(double t, double[] x, double u, double sigma) {
        double squaredNorm = 0.0;
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            squaredNorm += x[i] * x[i];
        }
        stateError += dt * squaredNorm;
        controlEffort += dt * u * u;
        sliding += dt * sigma * sigma;
        if (samples > 0) {
            double du = u - previousControl;
            controlRate += du * du;
            chattering += Math.abs(du);
        }
        peakControl = Math.max(peakControl, Math.abs(u));
        double theta1 = x[StateIndex.THETA1];
        double theta2 = x[StateIndex.THETA2];
        if (Math.max(Math.abs(theta1), Math.abs(theta2)) > SETTLING_THRESHOLD) {
            settlingTime = t;
        }
        trackOvershoot(0, theta1);
        trackOvershoot(1, theta2);
        previousControl = u;
        samples++;
    }

    private void trackOvershoot(int link, double angle) {
        if (samples > 0 && !crossed[link] && previousAngle[link] * angle <= 0.0) {
            crossed[link] = true;
        }
        if (crossed[link]) {
            overshoot = Math.max(overshoot, Math.abs(angle));
        }
        previousAngle[link] = angle;
    }

    /** @return the number of samples accepted */
    public long samples() {
        return samples;
    }

    /**
     * @param finalState  state after the last step (length 6)
     * @param failed      true when the run failed (fell, left the track or diverged)
     * @param failureTime time of the failure (s), used when {@code failed}
     * @param cancelled   true when the run was cancelled: its cost is then NaN
     * @return the measures
     */
    public RunMetrics finish(double[] finalState, boolean failed, double failureTime, boolean cancelled) {
        double cost = cancelled ? Double.NaN
                : costFunction.cost(stateError, controlEffort, controlRate, sliding, duration, failed, failureTime);
        double chatteringIndex = samples == 0 ? 0.0 : chattering / (samples * dt);
        return new RunMetrics(stateError, controlEffort, controlRate, sliding, cost, settlingTime, overshoot,
                peakControl, chatteringIndex, finalState);
    }
}
