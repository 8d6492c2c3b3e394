package io.dip.dynamics;

import io.dip.api.Matrix3;
import io.dip.api.PhysicalParameters;
import io.dip.api.StateIndex;

/**
 * The full nonlinear plant (name {@code full}, docs/model.md §3): {@code M(q) q̈ = e1·u − n(q, q̇)} with the
 * configuration-dependent mass matrix
 *
 * <pre>
 * M(q) = | mt         a1·cosθ1       a2·cosθ2     |
 *        | a1·cosθ1   J1             k·cos(θ1−θ2) |
 *        | a2·cosθ2   k·cos(θ1−θ2)   J2           |
 * </pre>
 *
 * and the bias {@code n = h + G + F} of {@link PendulumCoefficients#bias}. The 3×3 system is solved by
 * {@link Matrix3#solve} (LU with partial pivoting) into preallocated scratch; {@code derivative} allocates
 * nothing. Units: ẋ in m/s, m/s²; rad/s, rad/s²; u in N. Not thread-safe (scratch arrays).
 */
public final class FullDynamics extends AbstractPendulumDynamics {

    /** Registered name. */
    public static final String NAME = "full";

    private final double[] mass = new double[9];
    private final double[] rhs = new double[3];
    private final double[] acceleration = new double[3];

    /** @param parameters validated physical parameters */
    public FullDynamics(PhysicalParameters parameters) {
        this(new PendulumCoefficients(parameters));
    }

    /** @param coefficients lumped coefficients (shared, immutable) */
    public FullDynamics(PendulumCoefficients coefficients) {
        super(NAME, coefficients);
    }

    /**
     * Writes {@code ẋ = [q̇, M(q)⁻¹·(e1·u − n(q, q̇))]}.
     *
     * @param x   state (length 6)
     * @param u   cart force (N)
     * @param out receives ẋ (length 6); must not alias {@code x}
     */
    @Override
    public void derivative(double[] x, double u, double[] out) {
        coefficients.massMatrixAndBias(x, mass, rhs);
        rhs[0] = u - rhs[0];
        rhs[1] = -rhs[1];
        rhs[2] = -rhs[2];
        Matrix3.solveSymmetricPositiveDefinite(mass, rhs, acceleration);
        out[StateIndex.X] = x[StateIndex.X_DOT];
        out[StateIndex.THETA1] = x[StateIndex.THETA1_DOT];
        out[StateIndex.THETA2] = x[StateIndex.THETA2_DOT];
        out[StateIndex.X_DOT] = acceleration[0];
        out[StateIndex.THETA1_DOT] = acceleration[1];
        out[StateIndex.THETA2_DOT] = acceleration[2];
    }

    /** Writes M(q) of the full model (row-major; kg, kg·m, kg·m²). */
    @Override
    public void massMatrix(double[] x, double[] out9) {
        coefficients.massMatrix(x[StateIndex.THETA1], x[StateIndex.THETA2], out9);
    }

    /** Writes M(q) and n with four trigonometric evaluations ({@link PendulumCoefficients#massMatrixAndBias}). */
    @Override
    public void massMatrixAndBias(double[] x, double[] out9, double[] out3) {
        coefficients.massMatrixAndBias(x, out9, out3);
    }

    /** Writes {@code n = h + G + F} (N, N·m, N·m). */
    @Override
    public void bias(double[] x, double[] out3) {
        coefficients.bias(x, out3);
    }
}
