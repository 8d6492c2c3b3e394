package io.dip.sim.metrics;

import io.dip.api.Angles;
import io.dip.api.StateIndex;

/**
 * Accumulates {@link RunMetrics} one control step at a time. {@link #accept} allocates nothing; one instance
 * serves one run.
 */
public final class MetricsAccumulator {

    /** Angle threshold of the settling time (rad), docs/model.md §9. */
    public static final double SETTLING_THRESHOLD = 0.02;
    /** Angle band of the swing-up time (rad): both links within it count as upright. */
    public static final double UPRIGHT_BAND = 0.05;

    private final double dt;
    private final double duration;
    private final CostFunction costFunction;
    private final boolean wholeCircle;

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
    private double lastOutsideUpright = Double.NaN;
    private long modeSwitches;
    private double previousMode = Double.NaN;

    /**
     * @param dt           control period (s), &gt; 0
     * @param duration     configured run duration T (s), &gt; 0
     * @param costFunction weights, norms and penalty of J
     */
    public MetricsAccumulator(double dt, double duration, CostFunction costFunction) {
        this(dt, duration, costFunction, false);
    }

    /**
     * @param dt           control period (s), &gt; 0
     * @param duration     configured run duration T (s), &gt; 0
     * @param costFunction weights, norms and penalty of J
     * @param wholeCircle  true for a controller that works over the whole circle: every measure then uses the link
     *                     angles wrapped to (−π, π] (docs/model.md §5)
     */
    public MetricsAccumulator(double dt, double duration, CostFunction costFunction, boolean wholeCircle) {
        if (!(dt > 0) || !(duration > 0)) {
            throw new IllegalArgumentException("dt and duration must be > 0, got " + dt + ", " + duration);
        }
        this.dt = dt;
        this.duration = duration;
        this.costFunction = costFunction;
        this.wholeCircle = wholeCircle;
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
        double theta1 = angle(x[StateIndex.THETA1]);
        double theta2 = angle(x[StateIndex.THETA2]);
        double squaredNorm = theta1 * theta1 + theta2 * theta2;
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            if (i != StateIndex.THETA1 && i != StateIndex.THETA2) {
                squaredNorm += x[i] * x[i];
            }
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
        double largest = Math.max(Math.abs(theta1), Math.abs(theta2));
        if (largest > SETTLING_THRESHOLD) {
            settlingTime = t;
        }
        if (largest > UPRIGHT_BAND) {
            lastOutsideUpright = t;
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

    /**
     * Counts the changes of a controller's {@code mode} diagnostic; call once per sample, after {@link #accept}.
     *
     * @param mode the mode's value at this sample
     */
    public void acceptMode(double mode) {
        if (!Double.isNaN(previousMode) && mode != previousMode) {
            modeSwitches++;
        }
        previousMode = mode;
    }

    private double angle(double theta) {
        return wholeCircle ? Angles.wrap(theta) : theta;
    }

    /** @return the number of samples accepted */
    public long samples() {
        return samples;
    }

    /**
     * @param finalState  state after the last step (length 6)
     * @param outcome     how the run ended: it decides the cost and whether the measures apply
     * @param failureTime time of the failure or error (s), used for {@link Outcome#FAILURE} and
     *                    {@link Outcome#ERROR}
     * @return the measures: a run that ends outside the settling band has no settling time (NaN)
     */
    public RunMetrics finish(double[] finalState, Outcome outcome, double failureTime) {
        double cost = switch (outcome) {
            case SUCCESS -> costFunction.cost(stateError, controlEffort, controlRate, sliding, duration, false,
                    failureTime);
            case FAILURE -> costFunction.cost(stateError, controlEffort, controlRate, sliding, duration, true,
                    failureTime);
            case ERROR -> costFunction.errorCost(duration, failureTime);
            case CANCELLED -> Double.NaN;
        };
        double chatteringIndex = samples == 0 ? 0.0 : chattering / (samples * dt);
        double finalAngle = Math.max(Math.abs(angle(finalState[StateIndex.THETA1])),
                Math.abs(angle(finalState[StateIndex.THETA2])));
        boolean settled = finalAngle <= SETTLING_THRESHOLD;
        double swingUpTime;
        if (outcome != Outcome.SUCCESS || samples == 0 || !(finalAngle <= UPRIGHT_BAND)) {
            swingUpTime = Double.NaN;
        } else {
            swingUpTime = Double.isNaN(lastOutsideUpright) ? 0.0 : lastOutsideUpright + dt;
        }
        return new RunMetrics(stateError, controlEffort, controlRate, sliding, cost,
                settled ? settlingTime : Double.NaN, overshoot, peakControl, chatteringIndex, swingUpTime,
                modeSwitches, wholeCircle, finalState, outcome == Outcome.SUCCESS);
    }
}
