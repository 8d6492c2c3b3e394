package io.dip.dynamics.integrators;

import io.dip.api.DynamicsModel;
import io.dip.api.Integrator;

/**
 * The classical fourth-order Runge–Kutta method over one control period (name {@code rk4}, docs/model.md §4):
 *
 * <pre>
 * k1 = f(x, u),  k2 = f(x + dt/2·k1, u),  k3 = f(x + dt/2·k2, u),  k4 = f(x + dt·k3, u)
 * x⁺ = x + dt/6·(k1 + 2·k2 + 2·k3 + k4)
 * </pre>
 *
 * Local error O(dt⁵). Four derivative evaluations per period, allocation-free; {@code out} may be {@code x}.
 * Not thread-safe (scratch arrays).
 */
public final class RungeKutta4 implements Integrator {

    /** Registered name. */
    public static final String NAME = "rk4";

    private final DynamicsModel model;
    private final double[] start;
    private final double[] stage;
    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;

    /** @param model the plant to integrate (held strongly for the run) */
    public RungeKutta4(DynamicsModel model) {
        this.model = model;
        int n = model.dimension();
        this.start = new double[n];
        this.stage = new double[n];
        this.k1 = new double[n];
        this.k2 = new double[n];
        this.k3 = new double[n];
        this.k4 = new double[n];
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Writes the RK4 state at t + dt.
     *
     * @param x   state at t
     * @param u   cart force held over the period (N)
     * @param dt  control period (s)
     * @param out receives the state at t + dt; may be {@code x}
     */
    @Override
    public void step(double[] x, double u, double dt, double[] out) {
        int n = start.length;
        System.arraycopy(x, 0, start, 0, n);
        double half = 0.5 * dt;
        model.derivative(start, u, k1);
        for (int i = 0; i < n; i++) {
            stage[i] = start[i] + half * k1[i];
        }
        model.derivative(stage, u, k2);
        for (int i = 0; i < n; i++) {
            stage[i] = start[i] + half * k2[i];
        }
        model.derivative(stage, u, k3);
        for (int i = 0; i < n; i++) {
            stage[i] = start[i] + dt * k3[i];
        }
        model.derivative(stage, u, k4);
        double sixth = dt / 6.0;
        for (int i = 0; i < n; i++) {
            out[i] = start[i] + sixth * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
        }
    }
}
