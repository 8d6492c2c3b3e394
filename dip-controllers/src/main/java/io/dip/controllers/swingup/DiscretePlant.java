package io.dip.controllers.swingup;

import io.dip.api.DynamicsModel;
import io.dip.api.StateIndex;

/**
 * The nominal model sampled with a zero-order hold, for design only: one classical Runge–Kutta 4 step of length h
 * with the force held, {@code x⁺ = F(x, u)}, and its Jacobians {@code A = ∂F/∂x} (6×6, row-major) and
 * {@code b = ∂F/∂u} (6) by forward differences (relative step 1e-7). Holds the model strongly, so it lives only
 * while a plan is being computed; not thread-safe (scratch arrays).
 */
final class DiscretePlant {

    private static final int N = StateIndex.DIMENSION;
    private static final double DIFFERENCE_STEP = 1e-7;

    private final DynamicsModel model;
    private final double h;
    private final double[] stage = new double[N];
    private final double[] k1 = new double[N];
    private final double[] k2 = new double[N];
    private final double[] k3 = new double[N];
    private final double[] k4 = new double[N];
    private final double[] shifted = new double[N];
    private final double[] plus = new double[N];
    private final double[] minus = new double[N];

    /**
     * @param model the nominal model
     * @param h     sampling period (s), &gt; 0
     */
    DiscretePlant(DynamicsModel model, double h) {
        this.model = model;
        this.h = h;
    }

    /** @return the sampling period h (s) */
    double period() {
        return h;
    }

    /**
     * One RK4 step of length h with the force held.
     *
     * @param x   state at t
     * @param u   force (N)
     * @param out state at t + h (may not be {@code x})
     */
    void step(double[] x, double u, double[] out) {
        double half = 0.5 * h;
        model.derivative(x, u, k1);
        for (int i = 0; i < N; i++) {
            stage[i] = x[i] + half * k1[i];
        }
        model.derivative(stage, u, k2);
        for (int i = 0; i < N; i++) {
            stage[i] = x[i] + half * k2[i];
        }
        model.derivative(stage, u, k3);
        for (int i = 0; i < N; i++) {
            stage[i] = x[i] + h * k3[i];
        }
        model.derivative(stage, u, k4);
        double sixth = h / 6.0;
        for (int i = 0; i < N; i++) {
            out[i] = x[i] + sixth * (k1[i] + 2.0 * k2[i] + 2.0 * k3[i] + k4[i]);
        }
    }

    /**
     * Linearizes one step about (x, u): {@code F(x + δx, u + δu) ≈ F(x, u) + A·δx + b·δu}.
     *
     * @param x   the state
     * @param u   the force (N)
     * @param a36 receives A, row-major
     * @param b6  receives b
     */
    void linearize(double[] x, double u, double[] a36, double[] b6) {
        step(x, u, minus);
        System.arraycopy(x, 0, shifted, 0, N);
        for (int j = 0; j < N; j++) {
            double e = DIFFERENCE_STEP * Math.max(1.0, Math.abs(x[j]));
            shifted[j] = x[j] + e;
            step(shifted, u, plus);
            shifted[j] = x[j];
            for (int i = 0; i < N; i++) {
                a36[i * N + j] = (plus[i] - minus[i]) / e;
            }
        }
        double e = DIFFERENCE_STEP * Math.max(1.0, Math.abs(u));
        step(x, u + e, plus);
        for (int i = 0; i < N; i++) {
            b6[i] = (plus[i] - minus[i]) / e;
        }
    }
}
