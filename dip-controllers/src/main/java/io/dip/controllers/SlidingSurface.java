package io.dip.controllers;

import io.dip.api.DynamicsModel;
import io.dip.api.Matrix3;
import io.dip.api.StateIndex;

/**
 * The full-state sliding surface and its equivalent control (docs/model.md §6), shared by every sliding-mode
 * controller:
 *
 * <pre>
 *   σ    = S·x = Sp·q + Sv·q̇,             Sp = [s0, s1, s2], Sv = [s3, s4, s5]
 *   β    = Sv·M(q)⁻¹·e1                   (input gain of σ̇; |β| &lt; 1e-3 → 1e-3·sign(β), sign(0) = +1)
 *   u_eq = (Sv·M(q)⁻¹·n(q, q̇) − Sp·q̇)/β   (N; the force that makes σ̇ = 0)
 * </pre>
 *
 * <p>M and n come from the nominal model the controller passes to every evaluation; since M is
 * symmetric, one solve {@code w = M⁻¹·Svᵀ} gives both {@code β = w₀} and {@code Sv·M⁻¹·n = w·n}. With the
 * equivalent control switched off, {@code u_eq = 0} and β is the constant {@code β0 = Sv·M(0)⁻¹·e1}.
 *
 * <p>Owned by one controller; holds preallocated scratch and is not thread-safe.
 */
final class SlidingSurface {

    /** Smallest |β| used, to keep {@code ν/β} bounded near a singular surface. */
    static final double MIN_INPUT_GAIN = 1e-3;

    private final double s0;
    private final double s1;
    private final double s2;
    private final double s3;
    private final double s4;
    private final double s5;
    private final boolean useEquivalentControl;
    private final double uprightInputGain;
    private final SwitchMethod switchMethod;
    private final double boundaryLayer;
    private final double[] massMatrix = new double[9];
    private final double[] bias = new double[3];
    private final double[] velocityWeights = new double[3];
    private final double[] weights = new double[3];

    private double sigma;
    private double inputGain;
    private double equivalentControl;

    /**
     * @param coefficients         S (length 6, finite), in state order
     * @param nominal              the nominal model, for β0 (not kept)
     * @param useEquivalentControl false for {@code u_eq = 0} and constant {@code β = β0}
     * @param switchMethod         the switching function
     * @param boundaryLayer        ε &gt; 0 (units of σ)
     */
    SlidingSurface(double[] coefficients, DynamicsModel nominal, boolean useEquivalentControl,
                   SwitchMethod switchMethod, double boundaryLayer) {
        this.s0 = coefficients[0];
        this.s1 = coefficients[1];
        this.s2 = coefficients[2];
        this.s3 = coefficients[3];
        this.s4 = coefficients[4];
        this.s5 = coefficients[5];
        this.velocityWeights[0] = s3;
        this.velocityWeights[1] = s4;
        this.velocityWeights[2] = s5;
        this.useEquivalentControl = useEquivalentControl;
        this.switchMethod = switchMethod;
        this.boundaryLayer = boundaryLayer;
        nominal.massMatrix(new double[StateIndex.DIMENSION], massMatrix);
        Matrix3.solveSymmetricPositiveDefinite(massMatrix, velocityWeights, weights);
        this.uprightInputGain = guarded(weights[0]);
    }

    /**
     * Evaluates σ, β and u_eq at {@code x} (read them with {@link #sigma()}, {@link #inputGain()},
     * {@link #equivalentControl()}). Allocation-free.
     *
     * @param x     finite state (length 6)
     * @param model the nominal model
     */
    void evaluate(double[] x, DynamicsModel model) {
        double qd0 = x[StateIndex.X_DOT];
        double qd1 = x[StateIndex.THETA1_DOT];
        double qd2 = x[StateIndex.THETA2_DOT];
        double positionPart = s0 * x[StateIndex.X] + s1 * x[StateIndex.THETA1] + s2 * x[StateIndex.THETA2];
        sigma = positionPart + s3 * qd0 + s4 * qd1 + s5 * qd2;
        if (!useEquivalentControl) {
            inputGain = uprightInputGain;
            equivalentControl = 0.0;
            return;
        }
        model.massMatrixAndBias(x, massMatrix, bias);
        Matrix3.solveSymmetricPositiveDefinite(massMatrix, velocityWeights, weights);
        inputGain = guarded(weights[0]);
        double drift = weights[0] * bias[0] + weights[1] * bias[1] + weights[2] * bias[2];
        equivalentControl = (drift - (s0 * qd0 + s1 * qd1 + s2 * qd2)) / inputGain;
    }

    /** @return σ at the last evaluation */
    double sigma() {
        return sigma;
    }

    /** @return β at the last evaluation (guarded away from 0) */
    double inputGain() {
        return inputGain;
    }

    /** @return u_eq (N) at the last evaluation */
    double equivalentControl() {
        return equivalentControl;
    }

    /**
     * @param value σ
     * @return {@code sat(σ, ε)} with this surface's switching function and boundary layer
     */
    double saturation(double value) {
        return switchMethod.apply(value, boundaryLayer);
    }

    private static double guarded(double beta) {
        if (Math.abs(beta) < MIN_INPUT_GAIN) {
            return beta < 0 ? -MIN_INPUT_GAIN : MIN_INPUT_GAIN;
        }
        return beta;
    }
}
