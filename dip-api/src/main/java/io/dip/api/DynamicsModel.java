package io.dip.api;

/**
 * A plant model of the double inverted pendulum on a cart: {@code M(q) q̈ = e1·u − n(q, q̇)}, {@code e1 = [1,0,0]ᵀ}
 * (MODEL.md §3).
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
     * Writes this model's mass matrix M(q) row-major.
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
     * @param x state (length 6)
     * @return total mechanical energy {@code E = ½ q̇ᵀ M(q) q̇ + g·(a1·cosθ1 + a2·cosθ2)} (J) of the full model
     */
    double energy(double[] x);

    /** @return the physical parameters this model was built from */
    PhysicalParameters parameters();
}
