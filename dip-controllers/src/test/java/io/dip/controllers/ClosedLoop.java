package io.dip.controllers;

import io.dip.api.Controller;
import io.dip.api.Integrator;

/**
 * The closed loop of docs/model.md §5 without sensor, disturbance or recording: per control period
 * {@code u = computeControl(t, x, u_prev)}, {@code u_applied = clamp(u, ±max_force)}, {@code x ← step(x, u_applied)},
 * {@code u_prev = u_applied}. Allocation-free; the state array is advanced in place.
 */
final class ClosedLoop {

    private final Controller controller;
    private final Integrator plant;
    private final double dt;
    private final double maxForce;
    private double previousControl;

    /**
     * @param controller the controller
     * @param plant      the plant's integrator (it holds the plant model)
     * @param dt         control period (s)
     * @param maxForce   actuator limit (N)
     */
    ClosedLoop(Controller controller, Integrator plant, double dt, double maxForce) {
        this.controller = controller;
        this.plant = plant;
        this.dt = dt;
        this.maxForce = maxForce;
    }

    /**
     * Runs one control period from step index {@code k} (t = k·dt).
     *
     * @param k step index
     * @param x the state x_k, replaced by x_{k+1}
     * @return the applied force (N)
     */
    double step(long k, double[] x) {
        double u = controller.computeControl(k * dt, x, previousControl);
        double applied = Math.max(-maxForce, Math.min(maxForce, u));
        plant.step(x, applied, dt, x);
        previousControl = applied;
        return applied;
    }

    /**
     * Runs {@code steps} periods from t = 0.
     *
     * @param x     the initial state, replaced by the final one
     * @param steps number of control periods
     */
    void run(double[] x, long steps) {
        for (long k = 0; k < steps; k++) {
            step(k, x);
        }
    }
}
