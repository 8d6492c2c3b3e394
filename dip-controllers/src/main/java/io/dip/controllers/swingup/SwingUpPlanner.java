package io.dip.controllers.swingup;

import io.dip.api.DynamicsModel;
import io.dip.api.StateIndex;

/**
 * Computes a {@link SwingUpPlan} for a nominal model, the control period and the actuator and track limits: the
 * two-degree-of-freedom design of Graichen, Treuer &amp; Zeitz (<i>Swing-up of the double pendulum on a cart by
 * feedforward and feedback control with experimental validation</i>, Automatica 43(1), 2007) — a feedforward
 * trajectory from hanging to upright plus time-varying LQR feedback along it — with the feedforward found by
 * iLQR trajectory optimisation ({@link TrajectoryOptimizer}) instead of their boundary-value problem.
 *
 * <ol>
 *   <li>Sample the model with a zero-order hold of h = stride·dt ≈ 10 ms (RK4).</li>
 *   <li>iLQR from x_h = [0, π, π, 0, 0, 0] with u = 0 as the first guess, to the goal x = 0 in T seconds, T tried
 *       in {@link #HORIZONS} order, with the penalties keeping |u| ≤ {@value #FORCE_SHARE}·max_force and
 *       |x| ≤ {@value #TRACK_SHARE}·min(track_limit, {@value #TRACK_CAP} m): the rest of the actuator and the
 *       track is left to the feedback. The first horizon whose end state is within {@value #END_ANGLE} rad and
 *       {@value #END_RATE} rad/s of upright and within the limits is kept.</li>
 *   <li>Time-varying LQR along it: the Riccati recursion ({@link RiccatiRecursion}) backwards from the stationary
 *       upright solution P_∞, with Q = h·diag({@link #TRACKING_WEIGHTS}), r = h·{@value #TRACKING_FORCE_WEIGHT}.</li>
 *   <li>The reference at the control period: the nominal model run at dt under
 *       {@code u = u_h,j − K_j·(x − x_h(t))} (x_h interpolated linearly), so that the nominal closed loop
 *       reproduces the reference exactly.</li>
 *   <li>The stationary LQR gains about upright ({@link #CATCH_WEIGHTS}, the catch) and about hanging
 *       ({@link #HANGING_WEIGHTS}, the settling mode that brings a failed swing back to rest).</li>
 * </ol>
 *
 * Design-time only: it allocates and holds the model strongly while it runs.
 */
final class SwingUpPlanner {

    /** Swing durations tried, in order (s). */
    static final double[] HORIZONS = {3.0, 4.0, 5.0};
    /** Share of max_force the feedforward may use. */
    static final double FORCE_SHARE = 0.6;
    /** Share of the track the reference may use. */
    static final double TRACK_SHARE = 0.5;
    /** Track length beyond which the reference is not allowed to spread further (m). */
    static final double TRACK_CAP = 1.0;
    /** Largest end angle error of an accepted swing (rad). */
    static final double END_ANGLE = 0.05;
    /** Largest end rate error of an accepted swing (rad/s). */
    static final double END_RATE = 0.5;
    /** State weights of the tracking LQR (per s). */
    static final double[] TRACKING_WEIGHTS = {20, 200, 200, 2, 2, 2};
    /** Force weight of the tracking LQR (1/N² per s). */
    static final double TRACKING_FORCE_WEIGHT = 0.02;
    /** State weights of the upright catch LQR (per s): those of the default sliding surface (docs/model.md §6). */
    static final double[] CATCH_WEIGHTS = {10, 100, 100, 1, 1, 1};
    /** Force weight of the upright catch LQR (1/N² per s). */
    static final double CATCH_FORCE_WEIGHT = 1.0;
    /** State weights of the hanging LQR (per s). */
    static final double[] HANGING_WEIGHTS = {1000, 10, 10, 100, 1, 1};
    /** Force weight of the hanging LQR (1/N² per s). */
    static final double HANGING_FORCE_WEIGHT = 0.1;

    private static final int N = StateIndex.DIMENSION;
    private static final double DESIGN_PERIOD = 0.01;
    private static final int ITERATIONS = 400;
    private static final double[] RUNNING_WEIGHTS = {1, 0, 0, 0.1, 0, 0};
    private static final double[] FINAL_WEIGHTS = {100, 1000, 1000, 10, 100, 100};
    private static final double EFFORT_WEIGHT = 1e-4;
    private static final double LIMIT_PENALTY = 1e5;
    private static final double LIMIT_TOLERANCE = 1.05;

    private SwingUpPlanner() {
    }

    /**
     * @param model      the nominal model
     * @param dt         control period (s)
     * @param maxForce   actuator limit (N)
     * @param trackLimit track half-length (m), may be +∞
     * @return the plan
     * @throws IllegalArgumentException when no swing-up within the limits is found for this model
     */
    static SwingUpPlan plan(DynamicsModel model, double dt, double maxForce, double trackLimit) {
        int stride = Math.max(1, (int) Math.round(DESIGN_PERIOD / dt));
        double h = stride * dt;
        DiscretePlant coarse = new DiscretePlant(model, h);
        double forceLimit = FORCE_SHARE * maxForce;
        double positionLimit = TRACK_SHARE * Math.min(trackLimit, TRACK_CAP);
        TrajectoryCost cost = new TrajectoryCost(h, new double[N], RUNNING_WEIGHTS, FINAL_WEIGHTS, EFFORT_WEIGHT,
                forceLimit, positionLimit, LIMIT_PENALTY);
        TrajectoryOptimizer optimizer = new TrajectoryOptimizer(coarse, cost);
        double[] hanging = {0, Math.PI, Math.PI, 0, 0, 0};
        TrajectoryOptimizer.Trajectory chosen = null;
        String shortfall = "";
        for (double horizon : HORIZONS) {
            int steps = (int) Math.round(horizon / h);
            TrajectoryOptimizer.Trajectory candidate = optimizer.optimise(hanging, new double[steps], ITERATIONS);
            shortfall = shortfall(candidate, forceLimit, positionLimit);
            if (shortfall.isEmpty()) {
                chosen = candidate;
                break;
            }
        }
        if (chosen == null) {
            throw new IllegalArgumentException("no swing-up from hanging to upright within |u| <= " + forceLimit
                    + " N and |x| <= " + positionLimit + " m found for the nominal model '" + model.name()
                    + "' (longest swing tried: " + HORIZONS[HORIZONS.length - 1] + " s; " + shortfall + ")");
        }
        double[] upright = new double[N * N];
        double[] a = new double[N * N];
        double[] b = new double[N];
        coarse.linearize(new double[N], 0.0, a, b);
        RiccatiRecursion.stationary(a, b, scaled(TRACKING_WEIGHTS, h), TRACKING_FORCE_WEIGHT * h, upright,
                new double[N]);
        double[] uprightGain = new double[N];
        RiccatiRecursion.stationary(a, b, scaled(CATCH_WEIGHTS, h), CATCH_FORCE_WEIGHT * h, new double[N * N],
                uprightGain);
        double[] hangingGain = new double[N];
        coarse.linearize(hanging, 0.0, a, b);
        RiccatiRecursion.stationary(a, b, scaled(HANGING_WEIGHTS, h), HANGING_FORCE_WEIGHT * h, new double[N * N],
                hangingGain);
        double[] trackingGains = trackingGains(coarse, chosen, upright, h);
        int coarseSteps = chosen.forces().length;
        int fineSteps = coarseSteps * stride;
        double[] referenceStates = new double[(fineSteps + 1) * N];
        double[] feedforward = new double[fineSteps];
        DiscretePlant fine = new DiscretePlant(model, dt);
        double[] x = hanging.clone();
        double[] next = new double[N];
        double[] coarseStates = chosen.states();
        for (int k = 0; k < fineSteps; k++) {
            System.arraycopy(x, 0, referenceStates, k * N, N);
            int j = k / stride;
            double fraction = (k - j * stride) / (double) stride;
            double u = chosen.forces()[j];
            for (int i = 0; i < N; i++) {
                double target = (1 - fraction) * coarseStates[j * N + i] + fraction * coarseStates[(j + 1) * N + i];
                u -= trackingGains[j * N + i] * (x[i] - target);
            }
            feedforward[k] = u;
            fine.step(x, u, next);
            System.arraycopy(next, 0, x, 0, N);
        }
        System.arraycopy(x, 0, referenceStates, fineSteps * N, N);
        return new SwingUpPlan(referenceStates, feedforward, trackingGains, uprightGain, hangingGain, stride);
    }

    private static double[] trackingGains(DiscretePlant plant, TrajectoryOptimizer.Trajectory trajectory,
                                          double[] terminal, double h) {
        int steps = trajectory.forces().length;
        double[] gains = new double[steps * N];
        double[] p = terminal.clone();
        double[] previous = new double[N * N];
        double[] a = new double[N * N];
        double[] b = new double[N];
        double[] state = new double[N];
        double[] gain = new double[N];
        double[] q = scaled(TRACKING_WEIGHTS, h);
        for (int k = steps - 1; k >= 0; k--) {
            System.arraycopy(trajectory.states(), k * N, state, 0, N);
            plant.linearize(state, trajectory.forces()[k], a, b);
            System.arraycopy(p, 0, previous, 0, N * N);
            RiccatiRecursion.backstep(a, b, q, TRACKING_FORCE_WEIGHT * h, previous, p, gain);
            System.arraycopy(gain, 0, gains, k * N, N);
        }
        return gains;
    }

    private static String shortfall(TrajectoryOptimizer.Trajectory trajectory, double forceLimit,
                                    double positionLimit) {
        double[] states = trajectory.states();
        int end = trajectory.forces().length * N;
        double angle = Math.max(Math.abs(states[end + StateIndex.THETA1]), Math.abs(states[end + StateIndex.THETA2]));
        double rate = Math.max(Math.abs(states[end + StateIndex.THETA1_DOT]),
                Math.abs(states[end + StateIndex.THETA2_DOT]));
        if (!(angle <= END_ANGLE && rate <= END_RATE)) {
            return String.format("best end angle error %.3g rad, rate %.3g rad/s", angle, rate);
        }
        double peakForce = 0;
        for (double u : trajectory.forces()) {
            peakForce = Math.max(peakForce, Math.abs(u));
        }
        double peakPosition = 0;
        for (int k = 0; k * N <= end; k++) {
            peakPosition = Math.max(peakPosition, Math.abs(states[k * N + StateIndex.X]));
        }
        if (peakForce > LIMIT_TOLERANCE * forceLimit || peakPosition > LIMIT_TOLERANCE * positionLimit) {
            return String.format("needs %.3g N and %.3g m", peakForce, peakPosition);
        }
        return "";
    }

    private static double[] scaled(double[] weights, double factor) {
        double[] out = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            out[i] = weights[i] * factor;
        }
        return out;
    }
}
