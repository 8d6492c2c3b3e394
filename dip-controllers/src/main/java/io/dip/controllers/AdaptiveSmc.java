package io.dip.controllers;

/**
 * Adaptive sliding-mode control ({@code adaptive_smc}, docs/model.md §6): the switching gain K adapts to |σ|,
 *
 * <pre>
 *   u  = clamp(u_eq + (−K·sat(σ, ε) − α·σ)/β, ±max_force)
 *   K̇  = 0 if |σ| ≤ dead_zone, else γ·|σ| − leak_rate·(K − K0);   K̇ ← clamp(K̇, ±adapt_rate_limit)
 *   K  ← clamp(K + K̇·dt, K_min, K_max),      K starts at K₀ = clamp(K0, K_min, K_max)
 * </pre>
 *
 * Diagnostics: {@code sigma}, {@code u_eq}, {@code beta}, {@code fault}, {@code K}.
 */
public final class AdaptiveSmc extends SlidingModeController {

    /** Name of the adaptive-gain diagnostic. */
    public static final String SWITCHING_GAIN = "K";

    private final double nominalGain;
    private final double adaptationRate;
    private final double linearGain;
    private final double leakRate;
    private final double deadZone;
    private final double minGain;
    private final double maxGain;
    private final double rateLimit;
    private final double initialGain;
    private double gain;

    /**
     * @param settings       validated common settings
     * @param nominalGain    K0 &gt; 0, the gain K leaks back to
     * @param adaptationRate γ ≥ 0
     * @param linearGain     α ≥ 0
     * @param adaptation     leak_rate, dead_zone, K_min, K_max, adapt_rate_limit (validated)
     */
    AdaptiveSmc(SlidingModeSettings settings, double nominalGain, double adaptationRate, double linearGain,
                AdaptationLimits adaptation) {
        super(settings, SWITCHING_GAIN);
        this.nominalGain = nominalGain;
        this.adaptationRate = adaptationRate;
        this.linearGain = linearGain;
        this.leakRate = adaptation.leakRate();
        this.deadZone = adaptation.deadZone();
        this.minGain = adaptation.minGain();
        this.maxGain = adaptation.maxGain();
        this.rateLimit = adaptation.rateLimit();
        this.initialGain = Math.max(minGain, Math.min(maxGain, nominalGain));
        this.gain = initialGain;
        publishState();
    }

    @Override
    protected double reachingLaw(double sigma, double w) {
        return -gain * w - linearGain * sigma;
    }

    @Override
    protected void advance(double sigma, double w, boolean unsaturated) {
        double magnitude = Math.abs(sigma);
        double rate = magnitude <= deadZone ? 0.0 : adaptationRate * magnitude - leakRate * (gain - nominalGain);
        rate = Math.max(-rateLimit, Math.min(rateLimit, rate));
        gain = Math.max(minGain, Math.min(maxGain, gain + rate * dt));
    }

    @Override
    protected void restoreInitialState() {
        gain = initialGain;
    }

    @Override
    protected void publishState() {
        publish(0, gain);
    }

    /**
     * The adaptation options of {@code adaptive_smc}.
     *
     * @param leakRate  leak_rate ≥ 0 (1/s)
     * @param deadZone  dead_zone ≥ 0 (units of σ)
     * @param minGain   K_min &gt; 0
     * @param maxGain   K_max ≥ K_min
     * @param rateLimit adapt_rate_limit &gt; 0 (bound on |K̇|, units of K per s)
     */
    record AdaptationLimits(double leakRate, double deadZone, double minGain, double maxGain, double rateLimit) {
    }
}
