package io.dip.controllers;

/**
 * Super-twisting sliding-mode control with adaptive gains ({@code hybrid_adaptive_sta_smc}, docs/model.md §6). With
 * the current k1, k2 and v:
 *
 * <pre>
 *   u_raw = u_eq + (−k1·√|σ|·sat(σ, ε) + v − kd·σ)/β,    u = clamp(u_raw, ±max_force)
 *   k_i ← clamp(k_i + dt·(g_i − leak_rate·(k_i − k_i₀)), 0, k_max),   g_i = γ_i·|σ| if |σ| &gt; dead_zone else 0
 *   if u == u_raw:  v ← clamp(v − k2·sat(σ, ε)·dt, ±integral_limit)   (with the new k2)
 * </pre>
 *
 * starting from k1 = k1₀, k2 = k2₀, v = 0. Diagnostics: {@code sigma}, {@code u_eq}, {@code beta},
 * {@code fault}, {@code v}, {@code k1}, {@code k2}.
 */
public final class HybridAdaptiveSuperTwistingSmc extends SlidingModeController {

    /** Name of the integral-state diagnostic. */
    public static final String INTEGRAL = "v";
    /** Name of the adaptive √|σ|-gain diagnostic. */
    public static final String K1 = "k1";
    /** Name of the adaptive integral-gain diagnostic. */
    public static final String K2 = "k2";

    private final double initialK1;
    private final double initialK2;
    private final double gamma1;
    private final double gamma2;
    private final double linearGain;
    private final double leakRate;
    private final double deadZone;
    private final double maxGain;
    private final double integralLimit;
    private double k1;
    private double k2;
    private double v;

    /**
     * @param settings   validated common settings
     * @param initialK1  k1₀ &gt; 0
     * @param initialK2  k2₀ &gt; 0
     * @param gamma1     γ1 ≥ 0, adaptation rate of k1
     * @param gamma2     γ2 ≥ 0, adaptation rate of k2
     * @param linearGain kd ≥ 0
     * @param limits     leak_rate, dead_zone, k_max, integral_limit (validated)
     */
    HybridAdaptiveSuperTwistingSmc(SlidingModeSettings settings, double initialK1, double initialK2, double gamma1,
                                   double gamma2, double linearGain, HybridLimits limits) {
        super(settings, INTEGRAL, K1, K2);
        this.initialK1 = initialK1;
        this.initialK2 = initialK2;
        this.gamma1 = gamma1;
        this.gamma2 = gamma2;
        this.linearGain = linearGain;
        this.leakRate = limits.leakRate();
        this.deadZone = limits.deadZone();
        this.maxGain = limits.maxGain();
        this.integralLimit = limits.integralLimit();
        restoreInitialState();
        publishState();
    }

    @Override
    protected double reachingLaw(double sigma, double w) {
        return SuperTwistingLaw.reachingTerm(k1, v, linearGain, sigma, w);
    }

    @Override
    protected void advance(double sigma, double w, boolean unsaturated) {
        double magnitude = Math.abs(sigma);
        boolean outside = magnitude > deadZone;
        double drive1 = outside ? gamma1 * magnitude : 0.0;
        double drive2 = outside ? gamma2 * magnitude : 0.0;
        k1 = Math.max(0.0, Math.min(maxGain, k1 + dt * (drive1 - leakRate * (k1 - initialK1))));
        k2 = Math.max(0.0, Math.min(maxGain, k2 + dt * (drive2 - leakRate * (k2 - initialK2))));
        if (unsaturated) {
            v = SuperTwistingLaw.integrate(v, k2, w, dt, integralLimit);
        }
    }

    @Override
    protected void restoreInitialState() {
        k1 = initialK1;
        k2 = initialK2;
        v = 0.0;
    }

    @Override
    protected void publishState() {
        publish(0, v);
        publish(1, k1);
        publish(2, k2);
    }

    /**
     * The adaptation options of {@code hybrid_adaptive_sta_smc}.
     *
     * @param leakRate      leak_rate ≥ 0 (1/s)
     * @param deadZone      dead_zone ≥ 0 (units of σ)
     * @param maxGain       k_max &gt; 0, upper bound of k1 and k2
     * @param integralLimit integral_limit &gt; 0, bound on |v|
     */
    record HybridLimits(double leakRate, double deadZone, double maxGain, double integralLimit) {
    }
}
