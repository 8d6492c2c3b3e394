package io.dip.sim.testing;

import io.dip.api.DynamicsModel;
import io.dip.api.Integrator;
import io.dip.api.IntegratorProvider;
import io.dip.api.Options;

/** Classical fourth-order Runge–Kutta for tests, with preallocated stages. */
public final class TestRk4 implements IntegratorProvider {

    @Override
    public String name() {
        return "test_rk4";
    }

    @Override
    public String description() {
        return "RK4 test double";
    }

    @Override
    public Integrator create(DynamicsModel model, Options options) {
        return new Integrator() {
            private final double[] k1 = new double[6];
            private final double[] k2 = new double[6];
            private final double[] k3 = new double[6];
            private final double[] k4 = new double[6];
            private final double[] tmp = new double[6];

            @Override
            public String name() {
                return "test_rk4";
            }

            @Override
            public void step(double[] x, double u, double dt, double[] out) {
                model.derivative(x, u, k1);
                for (int i = 0; i < 6; i++) {
                    tmp[i] = x[i] + 0.5 * dt * k1[i];
                }
                model.derivative(tmp, u, k2);
                for (int i = 0; i < 6; i++) {
                    tmp[i] = x[i] + 0.5 * dt * k2[i];
                }
                model.derivative(tmp, u, k3);
                for (int i = 0; i < 6; i++) {
                    tmp[i] = x[i] + dt * k3[i];
                }
                model.derivative(tmp, u, k4);
                for (int i = 0; i < 6; i++) {
                    out[i] = x[i] + dt / 6 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
                }
            }
        };
    }
}
