package io.dip.dynamics;

import io.dip.api.Matrix3;
import io.dip.api.PhysicalParameters;
import io.dip.api.StateIndex;

/**
 * The lumped coefficients of the cart and double pendulum (docs/model.md §2–§3), computed once from
 * {@link PhysicalParameters} and shared by every plant model:
 *
 * <pre>
 * a1 = m1·l1 + m2·L1      (kg·m)      a2 = m2·l2            (kg·m)
 * k  = m2·L1·l2           (kg·m²)     mt = m0 + m1 + m2     (kg)
 * J1 = m1·l1² + m2·L1² + I1 (kg·m²)   J2 = m2·l2² + I2      (kg·m²)
 * </pre>
 *
 * <p>It also evaluates the terms of {@code M(q) q̈ = e1·u − n(q, q̇)} without allocating:
 *
 * <pre>
 * M(q) = | mt         a1·cosθ1       a2·cosθ2     |
 *        | a1·cosθ1   J1             k·cos(θ1−θ2) |
 *        | a2·cosθ2   k·cos(θ1−θ2)   J2           |
 * n = h + G + F
 * h = [−a1·sinθ1·θ̇1² − a2·sinθ2·θ̇2², k·sin(θ1−θ2)·θ̇2², −k·sin(θ1−θ2)·θ̇1²]
 * G = [0, −a1·g·sinθ1, −a2·g·sinθ2]
 * F = [b0·ẋ, b1·θ̇1 − b2·(θ̇2−θ̇1), b2·(θ̇2−θ̇1)]
 * </pre>
 *
 * and the upright linearization {@code A = [[0, I], [−M0⁻¹·dG, −M0⁻¹·D]]}, {@code B = [0; M0⁻¹·e1]} with
 * {@code M0 = M(0)}, {@code dG = diag(0, −a1·g, −a2·g)} (N·m/rad) and
 * {@code D = [[b0,0,0],[0,b1+b2,−b2],[0,−b2,b2]]}.
 *
 * <p>Immutable and thread-safe; every array it returns is a copy.
 */
public final class PendulumCoefficients {

    private static final int N = StateIndex.DIMENSION;
    private static final int C = StateIndex.COORDINATES;

    private final PhysicalParameters parameters;
    private final double a1;
    private final double a2;
    private final double k;
    private final double j1;
    private final double j2;
    private final double mt;
    private final double g;
    private final double b0;
    private final double b1;
    private final double b2;
    private final double[] uprightMass = new double[C * C];
    private final double[] uprightMassInverse = new double[C * C];
    private final double[] gravityStiffness = new double[C * C];
    private final double[] damping = new double[C * C];
    private final double[] stateMatrix = new double[N * N];
    private final double[] inputMatrix = new double[N];

    /** @param parameters validated physical parameters */
    public PendulumCoefficients(PhysicalParameters parameters) {
        this.parameters = parameters;
        double m0 = parameters.cartMass();
        double m1 = parameters.pendulum1Mass();
        double m2 = parameters.pendulum2Mass();
        double bigL1 = parameters.pendulum1Length();
        double l1 = parameters.pendulum1Com();
        double l2 = parameters.pendulum2Com();
        this.a1 = m1 * l1 + m2 * bigL1;
        this.a2 = m2 * l2;
        this.k = m2 * bigL1 * l2;
        this.j1 = m1 * l1 * l1 + m2 * bigL1 * bigL1 + parameters.pendulum1Inertia();
        this.j2 = m2 * l2 * l2 + parameters.pendulum2Inertia();
        this.mt = m0 + m1 + m2;
        this.g = parameters.gravity();
        this.b0 = parameters.cartFriction();
        this.b1 = parameters.joint1Friction();
        this.b2 = parameters.joint2Friction();

        massMatrix(0.0, 0.0, uprightMass);
        double[] unit = new double[C];
        double[] column = new double[C];
        for (int j = 0; j < C; j++) {
            unit[j] = 1.0;
            Matrix3.solve(uprightMass, unit, column);
            unit[j] = 0.0;
            for (int i = 0; i < C; i++) {
                uprightMassInverse[i * C + j] = column[i];
            }
        }
        gravityStiffness[4] = -a1 * g;
        gravityStiffness[8] = -a2 * g;
        damping[0] = b0;
        damping[4] = b1 + b2;
        damping[5] = -b2;
        damping[7] = -b2;
        damping[8] = b2;
        buildUprightLinearization();
    }

    private void buildUprightLinearization() {
        for (int i = 0; i < C; i++) {
            stateMatrix[i * N + C + i] = 1.0;
            for (int j = 0; j < C; j++) {
                double stiffness = 0.0;
                double friction = 0.0;
                for (int m = 0; m < C; m++) {
                    stiffness += uprightMassInverse[i * C + m] * gravityStiffness[m * C + j];
                    friction += uprightMassInverse[i * C + m] * damping[m * C + j];
                }
                stateMatrix[(C + i) * N + j] = -stiffness;
                stateMatrix[(C + i) * N + C + j] = -friction;
            }
            inputMatrix[C + i] = uprightMassInverse[i * C];
        }
    }

    /** @return the parameters these coefficients were computed from */
    public PhysicalParameters parameters() {
        return parameters;
    }

    /** @return a1 = m1·l1 + m2·L1 (kg·m) */
    public double a1() {
        return a1;
    }

    /** @return a2 = m2·l2 (kg·m) */
    public double a2() {
        return a2;
    }

    /** @return k = m2·L1·l2 (kg·m²) */
    public double k() {
        return k;
    }

    /** @return J1 = m1·l1² + m2·L1² + I1 (kg·m²) */
    public double j1() {
        return j1;
    }

    /** @return J2 = m2·l2² + I2 (kg·m²) */
    public double j2() {
        return j2;
    }

    /** @return mt = m0 + m1 + m2 (kg) */
    public double mt() {
        return mt;
    }

    /** @return g (m/s²) */
    public double gravity() {
        return g;
    }

    /** @return M0 = M(0), row-major 3×3 (a copy; kg, kg·m, kg·m²) */
    public double[] uprightMassMatrix() {
        return uprightMass.clone();
    }

    /** @return M0⁻¹, row-major 3×3 (a copy) */
    public double[] uprightMassMatrixInverse() {
        return uprightMassInverse.clone();
    }

    /** @return dG = diag(0, −a1·g, −a2·g), row-major 3×3 (a copy; N·m/rad) */
    public double[] gravityStiffness() {
        return gravityStiffness.clone();
    }

    /** @return D = [[b0,0,0],[0,b1+b2,−b2],[0,−b2,b2]], row-major 3×3 (a copy; N·s/m, N·m·s) */
    public double[] damping() {
        return damping.clone();
    }

    /** @return A = [[0, I], [−M0⁻¹·dG, −M0⁻¹·D]], row-major 6×6 (a copy) */
    public double[] uprightStateMatrix() {
        return stateMatrix.clone();
    }

    /** @return B = [0; M0⁻¹·e1] (length 6, a copy; m/s² per N, rad/s² per N) */
    public double[] uprightInputMatrix() {
        return inputMatrix.clone();
    }

    /**
     * Writes the closed-form upright linearization A, B (see the class description). Allocation-free.
     *
     * @param a36 receives A, row-major 6×6
     * @param b6  receives B (length 6)
     */
    public void writeUprightLinearization(double[] a36, double[] b6) {
        System.arraycopy(stateMatrix, 0, a36, 0, N * N);
        System.arraycopy(inputMatrix, 0, b6, 0, N);
    }

    /**
     * Writes M0 = M(0) into {@code out9}. Allocation-free.
     *
     * @param out9 receives M0, row-major 3×3
     */
    public void writeUprightMassMatrix(double[] out9) {
        System.arraycopy(uprightMass, 0, out9, 0, C * C);
    }

    /**
     * Writes M(q) for the angles θ1, θ2 (rad). Allocation-free.
     *
     * @param theta1 absolute angle of link 1 (rad)
     * @param theta2 absolute angle of link 2 (rad)
     * @param out9   receives M, row-major 3×3
     */
    public void massMatrix(double theta1, double theta2, double[] out9) {
        fillMassMatrix(Math.cos(theta1), Math.cos(theta2), Math.cos(theta1 - theta2), out9);
    }

    /**
     * Writes the nonlinear bias {@code n(q, q̇) = h + G + F} (N, N·m, N·m). Allocation-free.
     *
     * @param x    state (length 6)
     * @param out3 receives n
     */
    public void bias(double[] x, double[] out3) {
        double theta1 = x[StateIndex.THETA1];
        double theta2 = x[StateIndex.THETA2];
        fillBias(x, Math.sin(theta1), Math.sin(theta2), Math.sin(theta1 - theta2), out3);
    }

    /**
     * Writes M(q) and n(q, q̇) together with four trigonometric evaluations instead of six, using
     * {@code cos(θ1−θ2) = cosθ1·cosθ2 + sinθ1·sinθ2} and {@code sin(θ1−θ2) = sinθ1·cosθ2 − cosθ1·sinθ2}
     * (absolute rounding about 1e-16), the four by {@link SmallAngleTrigonometry}. Allocation-free.
     *
     * @param x    state (length 6)
     * @param out9 receives M, row-major 3×3 (kg, kg·m, kg·m²)
     * @param out3 receives n (N, N·m, N·m)
     */
    public void massMatrixAndBias(double[] x, double[] out9, double[] out3) {
        double theta1 = x[StateIndex.THETA1];
        double theta2 = x[StateIndex.THETA2];
        double s1 = SmallAngleTrigonometry.sin(theta1);
        double c1 = SmallAngleTrigonometry.cos(theta1);
        double s2 = SmallAngleTrigonometry.sin(theta2);
        double c2 = SmallAngleTrigonometry.cos(theta2);
        fillMassMatrix(c1, c2, c1 * c2 + s1 * s2, out9);
        fillBias(x, s1, s2, s1 * c2 - c1 * s2, out3);
    }

    private void fillMassMatrix(double c1, double c2, double c12, double[] out9) {
        double m01 = a1 * c1;
        double m02 = a2 * c2;
        double m12 = k * c12;
        out9[0] = mt;
        out9[1] = m01;
        out9[2] = m02;
        out9[3] = m01;
        out9[4] = j1;
        out9[5] = m12;
        out9[6] = m02;
        out9[7] = m12;
        out9[8] = j2;
    }

    private void fillBias(double[] x, double s1, double s2, double s12, double[] out3) {
        double xDot = x[StateIndex.X_DOT];
        double w1 = x[StateIndex.THETA1_DOT];
        double w2 = x[StateIndex.THETA2_DOT];
        double relative = w2 - w1;
        double h0 = -a1 * s1 * w1 * w1 - a2 * s2 * w2 * w2;
        double h1 = k * s12 * w2 * w2;
        double h2 = -k * s12 * w1 * w1;
        double g1 = -a1 * g * s1;
        double g2 = -a2 * g * s2;
        double f0 = b0 * xDot;
        double f1 = b1 * w1 - b2 * relative;
        double f2 = b2 * relative;
        out3[0] = h0 + f0;
        out3[1] = h1 + g1 + f1;
        out3[2] = h2 + g2 + f2;
    }

    /**
     * Writes the linear bias {@code dG·q + D·q̇} of the {@code linear} model. Allocation-free.
     *
     * @param x    state (length 6)
     * @param out3 receives the bias (N, N·m, N·m)
     */
    public void linearBias(double[] x, double[] out3) {
        for (int i = 0; i < C; i++) {
            double sum = 0.0;
            for (int j = 0; j < C; j++) {
                sum += gravityStiffness[i * C + j] * x[j] + damping[i * C + j] * x[C + j];
            }
            out3[i] = sum;
        }
    }

    /**
     * Total mechanical energy of the full model (J), with the potential zero at the pivot height:
     * {@code E = ½ q̇ᵀ M(q) q̇ + g·(a1·cosθ1 + a2·cosθ2)}. Allocation-free.
     *
     * @param x state (length 6)
     * @return E (J)
     */
    public double energy(double[] x) {
        double c1 = Math.cos(x[StateIndex.THETA1]);
        double c2 = Math.cos(x[StateIndex.THETA2]);
        double c12 = Math.cos(x[StateIndex.THETA1] - x[StateIndex.THETA2]);
        double v = x[StateIndex.X_DOT];
        double w1 = x[StateIndex.THETA1_DOT];
        double w2 = x[StateIndex.THETA2_DOT];
        double kinetic = 0.5 * (mt * v * v + j1 * w1 * w1 + j2 * w2 * w2)
                + a1 * c1 * v * w1 + a2 * c2 * v * w2 + k * c12 * w1 * w2;
        return kinetic + g * (a1 * c1 + a2 * c2);
    }
}
