package io.dip.controllers;

/**
 * Classical sliding-mode control ({@code classical_smc}, docs/model.md §6): the reaching law
 *
 * <pre>
 *   ν = −K·sat(σ, ε) − kd·σ,     u = clamp(u_eq + ν/β, ±max_force)
 * </pre>
 *
 * with switching gain K and linear reaching gain kd (units of σ/s and 1/s). No internal state. Diagnostics:
 * {@code sigma}, {@code u_eq}, {@code beta}, {@code fault}, and the constant {@code K}.
 */
public final class ClassicalSmc extends SlidingModeController {

    /** Name of the switching-gain diagnostic. */
    public static final String SWITCHING_GAIN = "K";

    private final double switchingGain;
    private final double linearGain;

    /**
     * @param settings      validated common settings
     * @param switchingGain K &gt; 0
     * @param linearGain    kd ≥ 0
     */
    ClassicalSmc(SlidingModeSettings settings, double switchingGain, double linearGain) {
        super(settings, SWITCHING_GAIN);
        this.switchingGain = switchingGain;
        this.linearGain = linearGain;
        publishState();
    }

    @Override
    protected double reachingLaw(double sigma, double w) {
        return -switchingGain * w - linearGain * sigma;
    }

    @Override
    protected void advance(double sigma, double w, boolean unsaturated) {
        // memoryless law: nothing to integrate
    }

    @Override
    protected void restoreInitialState() {
        // memoryless law: nothing to restore
    }

    @Override
    protected void publishState() {
        publish(0, switchingGain);
    }
}
