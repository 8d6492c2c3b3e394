package io.dip.controllers;

/**
 * Super-twisting sliding-mode control ({@code sta_smc}, docs/model.md §6): with the integral state v (v₀ = 0),
 *
 * <pre>
 *   u_raw = u_eq + (−K1·√|σ|·sat(σ, ε) + v − kd·σ)/β,     u = clamp(u_raw, ±max_force)
 *   if u == u_raw:  v ← clamp(v − K2·sat(σ, ε)·dt, ±integral_limit)      (conditional-integration anti-windup)
 * </pre>
 *
 * Diagnostics: {@code sigma}, {@code u_eq}, {@code beta}, {@code fault}, {@code v}.
 */
public final class SuperTwistingSmc extends SlidingModeController {

    /** Name of the integral-state diagnostic. */
    public static final String INTEGRAL = "v";

    private final double k1;
    private final double k2;
    private final double linearGain;
    private final double integralLimit;
    private double v;

    /**
     * @param settings      validated common settings
     * @param k1            K1 &gt; 0, the √|σ| gain
     * @param k2            K2 &gt; 0, the integral gain
     * @param linearGain    kd ≥ 0
     * @param integralLimit |v| bound &gt; 0
     */
    SuperTwistingSmc(SlidingModeSettings settings, double k1, double k2, double linearGain, double integralLimit) {
        super(settings, INTEGRAL);
        this.k1 = k1;
        this.k2 = k2;
        this.linearGain = linearGain;
        this.integralLimit = integralLimit;
        publishState();
    }

    @Override
    protected double reachingLaw(double sigma, double w) {
        return SuperTwistingLaw.reachingTerm(k1, v, linearGain, sigma, w);
    }

    @Override
    protected void advance(double sigma, double w, boolean unsaturated) {
        if (unsaturated) {
            v = SuperTwistingLaw.integrate(v, k2, w, dt, integralLimit);
        }
    }

    @Override
    protected void restoreInitialState() {
        v = 0.0;
    }

    @Override
    protected void publishState() {
        publish(0, v);
    }
}
