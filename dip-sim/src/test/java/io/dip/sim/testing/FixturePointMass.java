package io.dip.sim.testing;

import io.dip.api.DynamicsModel;
import io.dip.api.PhysicalParameters;

/**
 * A decoupled plant for tests: the cart is a point mass m0 pushed by u ({@code ẍ = u/m0}), the angles drift at
 * constant rate ({@code θ̈1 = θ̈2 = 0}). M = diag(m0, 1, 1), n = 0, E = ½·m0·ẋ² + ½·θ̇1² + ½·θ̇2².
 */
final class FixturePointMass implements DynamicsModel {

    private final PhysicalParameters parameters;

    FixturePointMass(PhysicalParameters parameters) {
        this.parameters = parameters;
    }

    @Override
    public String name() {
        return FixtureDynamicsProvider.NAME;
    }

    @Override
    public void derivative(double[] x, double u, double[] out) {
        out[0] = x[3];
        out[1] = x[4];
        out[2] = x[5];
        out[3] = u / parameters.cartMass();
        out[4] = 0.0;
        out[5] = 0.0;
    }

    @Override
    public void massMatrix(double[] x, double[] out9) {
        java.util.Arrays.fill(out9, 0.0);
        out9[0] = parameters.cartMass();
        out9[4] = 1.0;
        out9[8] = 1.0;
    }

    @Override
    public void bias(double[] x, double[] out3) {
        java.util.Arrays.fill(out3, 0.0);
    }

    @Override
    public double energy(double[] x) {
        return 0.5 * parameters.cartMass() * x[3] * x[3] + 0.5 * x[4] * x[4] + 0.5 * x[5] * x[5];
    }

    @Override
    public PhysicalParameters parameters() {
        return parameters;
    }
}
