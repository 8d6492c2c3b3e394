package io.dip.dynamics;

import io.dip.api.DynamicsModel;
import io.dip.api.PhysicalParameters;

/**
 * What the three plant models share: their {@link PendulumCoefficients}, the full model's energy
 * {@code E = ½ q̇ᵀ M(q) q̇ + g·(a1·cosθ1 + a2·cosθ2)} (J) and the closed-form upright linearization
 * {@code A = [[0, I], [−M0⁻¹·dG, −M0⁻¹·D]]}, {@code B = [0; M0⁻¹·e1]} (docs/model.md §3), which is the same for
 * {@code full}, {@code simplified} and {@code linear}.
 */
abstract class AbstractPendulumDynamics implements DynamicsModel {

    /** The lumped coefficients of the plant. */
    protected final PendulumCoefficients coefficients;

    private final String name;

    /**
     * @param name         the registered model name
     * @param coefficients the lumped coefficients
     */
    protected AbstractPendulumDynamics(String name, PendulumCoefficients coefficients) {
        this.name = name;
        this.coefficients = coefficients;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final PhysicalParameters parameters() {
        return coefficients.parameters();
    }

    /** @return the lumped coefficients this model was built from */
    public final PendulumCoefficients coefficients() {
        return coefficients;
    }

    @Override
    public final double energy(double[] x) {
        return coefficients.energy(x);
    }

    @Override
    public final void uprightLinearization(double[] a36, double[] b6) {
        coefficients.writeUprightLinearization(a36, b6);
    }

    @Override
    public String toString() {
        return name + parameters();
    }
}
