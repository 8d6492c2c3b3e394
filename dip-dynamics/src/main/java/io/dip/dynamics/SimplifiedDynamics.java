package io.dip.dynamics;

import io.dip.api.PhysicalParameters;
import io.dip.api.StateIndex;

/**
 * The simplified plant (name {@code simplified}, docs/model.md §3): the mass matrix is frozen at the upright
 * configuration, {@code M0 = M(0)}, whose inverse is computed once; the bias {@code n(q, q̇) = h + G + F} stays
 * nonlinear:
 *
 * <pre>
 * q̈ = M0⁻¹·(e1·u − n(q, q̇))
 * </pre>
 *
 * Units as {@link FullDynamics}. {@code derivative} allocates nothing. Not thread-safe (scratch arrays).
 */
public final class SimplifiedDynamics extends AbstractPendulumDynamics {

    /** Registered name. */
    public static final String NAME = "simplified";

    private final double[] massInverse;
    private final double[] force = new double[3];

    /** @param parameters validated physical parameters */
    public SimplifiedDynamics(PhysicalParameters parameters) {
        this(new PendulumCoefficients(parameters));
    }

    /** @param coefficients lumped coefficients (shared, immutable) */
    public SimplifiedDynamics(PendulumCoefficients coefficients) {
        super(NAME, coefficients);
        this.massInverse = coefficients.uprightMassMatrixInverse();
    }

    /**
     * Writes {@code ẋ = [q̇, M0⁻¹·(e1·u − n(q, q̇))]}.
     *
     * @param x   state (length 6)
     * @param u   cart force (N)
     * @param out receives ẋ (length 6); must not alias {@code x}
     */
    @Override
    public void derivative(double[] x, double u, double[] out) {
        coefficients.bias(x, force);
        double f0 = u - force[0];
        double f1 = -force[1];
        double f2 = -force[2];
        out[StateIndex.X] = x[StateIndex.X_DOT];
        out[StateIndex.THETA1] = x[StateIndex.THETA1_DOT];
        out[StateIndex.THETA2] = x[StateIndex.THETA2_DOT];
        out[StateIndex.X_DOT] = massInverse[0] * f0 + massInverse[1] * f1 + massInverse[2] * f2;
        out[StateIndex.THETA1_DOT] = massInverse[3] * f0 + massInverse[4] * f1 + massInverse[5] * f2;
        out[StateIndex.THETA2_DOT] = massInverse[6] * f0 + massInverse[7] * f1 + massInverse[8] * f2;
    }

    /** Writes the constant M0 = M(0) (row-major; kg, kg·m, kg·m²). */
    @Override
    public void massMatrix(double[] x, double[] out9) {
        coefficients.writeUprightMassMatrix(out9);
    }

    /** Writes the nonlinear {@code n = h + G + F} (N, N·m, N·m). */
    @Override
    public void bias(double[] x, double[] out3) {
        coefficients.bias(x, out3);
    }
}
