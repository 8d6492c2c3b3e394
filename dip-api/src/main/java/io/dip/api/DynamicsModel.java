package io.dip.api;

/**
 * A plant model of the double inverted pendulum on a cart: {@code M(q) q̈ = e1·u − n(q, q̇)}, {@code e1 = [1,0,0]ᵀ}
 * (docs/model.md §3).
 *
 * <p>Units: state as {@link StateIndex}; {@code u} in N; derivative components in m/s, rad/s, m/s², rad/s²;
 * M in kg, kg·m and kg·m²; n in N and N·m; energy in J.
 *
 * <p>All methods write into caller-owned arrays and allocate nothing. Instances may hold scratch arrays and are
 * therefore <em>not</em> thread-safe: confine each instance to one thread (one per simulation run).
 */
public interface DynamicsModel {

    /** @return the registered name of this model, e.g. {@code full} */
    String name();

    /** @return the state dimension, {@value StateIndex#DIMENSION} */
    default int dimension() {
        return StateIndex.DIMENSION;
    }

    /**
     * Writes {@code ẋ = f(x, u)}.
     *
     * @param x   state (length 6), not modified
     * @param u   cart force (N)
     * @param out receives ẋ (length 6); may not alias {@code x}
     */
    void derivative(double[] x, double u, double[] out);

    /**
     * Writes this model's mass matrix M(q) row-major; it must be symmetric positive definite (as every physical
     * mass matrix is): controllers solve with it by an LDLᵀ factorisation.
     *
     * @param x     state (length ≥ 3)
     * @param out9  receives M (length 9)
     */
    void massMatrix(double[] x, double[] out9);

    /**
     * Writes this model's bias n(q, q̇) = h + G + F, so that {@code M q̈ = e1·u − n} reproduces
     * {@link #derivative}.
     *
     * @param x    state (length 6)
     * @param out3 receives n (length 3)
     */
    void bias(double[] x, double[] out3);

    /**
     * Writes M(q) and n(q, q̇) together, as {@link #massMatrix} and {@link #bias} would: one call for a controller
     * that needs both on every period, so that a model can share their trigonometry (the default calls the two).
     *
     * @param x    state (length 6)
     * @param out9 receives M (length 9)
     * @param out3 receives n (length 3)
     */
    default void massMatrixAndBias(double[] x, double[] out9, double[] out3) {
        massMatrix(x, out9);
        bias(x, out3);
    }

    /**
     * @param x state (length 6)
     * @return total mechanical energy {@code E = ½ q̇ᵀ M(q) q̇ + g·(a1·cosθ1 + a2·cosθ2)} (J) of the full model
     */
    double energy(double[] x);

    /** @return the physical parameters this model was built from */
    PhysicalParameters parameters();

    /**
     * Writes the Jacobians of {@link #derivative} at the upright equilibrium x = 0, u = 0:
     * {@code A = ∂f/∂x} (row-major 6×6, units 1/s and 1/s² per state unit) and {@code B = ∂f/∂u}
     * (length 6, m/s² per N and rad/s² per N). Used once, at creation, for surface design (LQR).
     *
     * <p>The default uses central differences with a step of 1e-6 (accurate to about 1e-8); models with a
     * closed-form linearization override it.
     *
     * @param a36 receives A (length 36)
     * @param b6  receives B (length 6)
     */
    default void uprightLinearization(double[] a36, double[] b6) {
        final double h = 1e-6;
        int n = dimension();
        double[] x = new double[n];
        double[] plus = new double[n];
        double[] minus = new double[n];
        for (int j = 0; j < n; j++) {
            x[j] = h;
            derivative(x, 0.0, plus);
            x[j] = -h;
            derivative(x, 0.0, minus);
            x[j] = 0.0;
            for (int i = 0; i < n; i++) {
                a36[i * n + j] = (plus[i] - minus[i]) / (2 * h);
            }
        }
        derivative(x, h, plus);
        derivative(x, -h, minus);
        for (int i = 0; i < n; i++) {
            b6[i] = (plus[i] - minus[i]) / (2 * h);
        }
    }
}
