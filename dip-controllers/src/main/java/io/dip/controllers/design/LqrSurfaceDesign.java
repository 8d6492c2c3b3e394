package io.dip.controllers.design;

import io.dip.api.DynamicsModel;
import io.dip.api.StateIndex;

/**
 * The LQR sliding surface of docs/model.md §6: from the upright linearization {@code ẋ = A·x + B·u} of a model,
 * solve the CARE for the weights {@code Q = diag(q)} and {@code R = r}, take the LQR gain
 * {@code K = R⁻¹·Bᵀ·P} and scale it to the surface {@code S = K / (K·B)}, so that the input gain of
 * {@code σ = S·x} at the upright equilibrium is {@code β0 = S·B = Sv·M0⁻¹·e1 = +1}.
 *
 * <p>With the default weights {@code Q = diag(10, 100, 100, 1, 1, 1)}, {@code R = 1} and the default physical
 * parameters this gives {@link #defaultSurface()}.
 */
public final class LqrSurfaceDesign {

    private static final double[] DEFAULT_STATE_WEIGHTS = {10, 100, 100, 1, 1, 1};
    private static final double DEFAULT_INPUT_WEIGHT = 1.0;
    private static final double[] DEFAULT_SURFACE = {
        0.1221754344103595, -10.741444838907405, 12.216130357283888,
        0.228386064555021, -0.5586131459112993, 1.6384791698028844
    };

    private LqrSurfaceDesign() {
    }

    /** @return the default state weights {@code q = (10, 100, 100, 1, 1, 1)} (a new array) */
    public static double[] defaultStateWeights() {
        return DEFAULT_STATE_WEIGHTS.clone();
    }

    /** @return the default input weight {@code r = 1} */
    public static double defaultInputWeight() {
        return DEFAULT_INPUT_WEIGHT;
    }

    /**
     * @return S0 of docs/model.md §6, the surface this design gives for the {@code full} model with default physical
     *         parameters and default weights (a new array, order {@code [x, θ1, θ2, ẋ, θ̇1, θ̇2]})
     */
    public static double[] defaultSurface() {
        return DEFAULT_SURFACE.clone();
    }

    /**
     * Designs the surface from a model's upright linearization ({@link DynamicsModel#uprightLinearization}).
     *
     * @param model        the nominal model
     * @param stateWeights the diagonal of Q (length 6), each finite and ≥ 0
     * @param inputWeight  R, finite and &gt; 0
     * @return S (length 6) with {@code S·B = 1}
     * @throws IllegalArgumentException when a weight is out of range or no stabilising LQR gain exists
     */
    public static double[] design(DynamicsModel model, double[] stateWeights, double inputWeight) {
        int n = StateIndex.DIMENSION;
        double[] a = new double[n * n];
        double[] b = new double[n];
        model.uprightLinearization(a, b);
        return design(a, b, stateWeights, inputWeight);
    }

    /**
     * Designs the surface from an explicit linearization.
     *
     * @param a36          A, row-major 6 × 6
     * @param b6           B (length 6)
     * @param stateWeights the diagonal of Q (length 6), each finite and ≥ 0
     * @param inputWeight  R, finite and &gt; 0
     * @return S (length 6) with {@code S·B = 1}
     * @throws IllegalArgumentException when a weight is out of range or no stabilising LQR gain exists
     */
    public static double[] design(double[] a36, double[] b6, double[] stateWeights, double inputWeight) {
        int n = StateIndex.DIMENSION;
        if (a36.length != n * n || b6.length != n) {
            throw new IllegalArgumentException("LQR surface design needs A of length " + n * n + " and B of length "
                    + n + ", got " + a36.length + " and " + b6.length);
        }
        if (stateWeights.length != n) {
            throw new IllegalArgumentException("LQR surface design needs " + n + " state weights, got "
                    + stateWeights.length);
        }
        for (int i = 0; i < n; i++) {
            if (!(stateWeights[i] >= 0) || !Double.isFinite(stateWeights[i])) {
                throw new IllegalArgumentException("LQR state weight q[" + i + "] must be finite and >= 0, got "
                        + stateWeights[i]);
            }
        }
        if (!(inputWeight > 0) || !Double.isFinite(inputWeight)) {
            throw new IllegalArgumentException("LQR input weight r must be finite and > 0, got " + inputWeight);
        }
        double[][] a = new double[n][n];
        double[][] b = new double[n][1];
        double[][] q = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a36, i * n, a[i], 0, n);
            b[i][0] = b6[i];
            q[i][i] = stateWeights[i];
        }
        double[][] p = RiccatiSolver.solve(a, b, q, new double[][] {{inputWeight}});
        double[] k = new double[n];
        for (int j = 0; j < n; j++) {
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                sum += b6[i] * p[i][j];
            }
            k[j] = sum / inputWeight;
        }
        double inputGain = 0.0;
        for (int i = 0; i < n; i++) {
            inputGain += k[i] * b6[i];
        }
        if (!(inputGain > 0)) {
            throw new IllegalArgumentException("LQR surface design: K·B = " + inputGain
                    + " is not positive; the model's input matrix B is zero");
        }
        for (int i = 0; i < n; i++) {
            k[i] /= inputGain;
        }
        return k;
    }
}
