package io.dip.controllers;

/**
 * The super-twisting reaching law and its integral-state update (docs/model.md §6), shared by {@code sta_smc} (fixed
 * gains) and {@code hybrid_adaptive_sta_smc} (adaptive gains). Pure functions of primitives: nothing is allocated.
 */
final class SuperTwistingLaw {

    private SuperTwistingLaw() {
    }

    /**
     * The reaching term ν = −k1·√|σ|·sat(σ, ε) + v − kd·σ (divided by β by the caller).
     *
     * @param k1         the √|σ| gain
     * @param v          the integral state
     * @param linearGain kd (1/s)
     * @param sigma      the sliding variable σ
     * @param w          sat(σ, ε), the switching function's value
     * @return ν
     */
    static double reachingTerm(double k1, double v, double linearGain, double sigma, double w) {
        return -k1 * Math.sqrt(Math.abs(sigma)) * w + v - linearGain * sigma;
    }

    /**
     * One step of the integral state, v ← clamp(v − k2·sat(σ, ε)·dt, ±integral_limit); the caller applies it only
     * while the control is unsaturated (conditional-integration anti-windup).
     *
     * @param v             the integral state before the step
     * @param k2            the integral gain
     * @param w             sat(σ, ε)
     * @param dt            the control period (s)
     * @param integralLimit the bound on |v|, &gt; 0
     * @return the integral state after the step
     */
    static double integrate(double v, double k2, double w, double dt, double integralLimit) {
        return Math.max(-integralLimit, Math.min(integralLimit, v - k2 * w * dt));
    }
}
