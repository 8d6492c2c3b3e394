package io.dip.dynamics;

import io.dip.api.PhysicalParameters;
import io.dip.api.StateIndex;

/**
 * The linear plant (name {@code linear}, alias {@code lowrank}, docs/model.md §3): the exact Jacobian of
 * {@link FullDynamics} at the upright equilibrium x = 0, u = 0,
 *
 * <pre>
 * ẋ = A·x + B·u,   A = [[0, I], [−M0⁻¹·dG, −M0⁻¹·D]],   B = [0; M0⁻¹·e1]
 * </pre>
 *
 * with {@code dG = diag(0, −a1·g, −a2·g)} and {@code D = [[b0,0,0],[0,b1+b2,−b2],[0,−b2,b2]]}. In the form
 * {@code M q̈ = e1·u − n} its mass matrix is {@code M0} and its bias is {@code dG·q + D·q̇}. Units of A: 1/s and
 * 1/s² per state unit; of B: m/s² per N, rad/s² per N. {@code derivative} allocates nothing.
 */
public final class LinearDynamics extends AbstractPendulumDynamics {

    /** Registered name. */
    public static final String NAME = "linear";

    /** Alias accepted for {@link #NAME}. */
    public static final String ALIAS = "lowrank";

    private static final int N = StateIndex.DIMENSION;

    private final double[] stateMatrix;
    private final double[] inputMatrix;

    /** @param parameters validated physical parameters */
    public LinearDynamics(PhysicalParameters parameters) {
        this(new PendulumCoefficients(parameters));
    }

    /** @param coefficients lumped coefficients (shared, immutable) */
    public LinearDynamics(PendulumCoefficients coefficients) {
        super(NAME, coefficients);
        this.stateMatrix = coefficients.uprightStateMatrix();
        this.inputMatrix = coefficients.uprightInputMatrix();
    }

    /** @return A, row-major 6×6 (a copy) */
    public double[] stateMatrix() {
        return stateMatrix.clone();
    }

    /** @return B (length 6, a copy) */
    public double[] inputMatrix() {
        return inputMatrix.clone();
    }

    /**
     * Writes {@code ẋ = A·x + B·u}.
     *
     * @param x   state (length 6)
     * @param u   cart force (N)
     * @param out receives ẋ (length 6); must not alias {@code x}
     */
    @Override
    public void derivative(double[] x, double u, double[] out) {
        for (int i = 0; i < N; i++) {
            double sum = inputMatrix[i] * u;
            int row = i * N;
            for (int j = 0; j < N; j++) {
                sum += stateMatrix[row + j] * x[j];
            }
            out[i] = sum;
        }
    }

    /** Writes the constant M0 = M(0) (row-major; kg, kg·m, kg·m²). */
    @Override
    public void massMatrix(double[] x, double[] out9) {
        coefficients.writeUprightMassMatrix(out9);
    }

    /** Writes the linear bias {@code dG·q + D·q̇} (N, N·m, N·m). */
    @Override
    public void bias(double[] x, double[] out3) {
        coefficients.linearBias(x, out3);
    }
}
