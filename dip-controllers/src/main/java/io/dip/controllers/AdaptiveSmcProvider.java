package io.dip.controllers;

import io.dip.api.Options;
import java.util.List;
import java.util.Set;

/**
 * Provides {@link AdaptiveSmc} as {@code adaptive_smc} (alias {@code adaptive}). Gains
 * {@code [s0..s5, K0, gamma, alpha]}, defaults S0, K0 = 5, γ = 5, α = 10. Own options: {@code leak_rate} ≥ 0
 * (default 0.1), {@code dead_zone} ≥ 0 (0.01), {@code K_min} &gt; 0 (0.1), {@code K_max} ≥ K_min (100),
 * {@code adapt_rate_limit} &gt; 0 (50), besides the common ones (see {@link SlidingModeControllerProvider}).
 */
public final class AdaptiveSmcProvider extends SlidingModeControllerProvider {

    /** Registered name. */
    public static final String NAME = "adaptive_smc";
    static final String LEAK_RATE = "leak_rate";
    static final String DEAD_ZONE = "dead_zone";
    static final String MIN_GAIN = "K_min";
    static final String MAX_GAIN = "K_max";
    static final String RATE_LIMIT = "adapt_rate_limit";
    static final double DEFAULT_LEAK_RATE = 0.1;
    static final double DEFAULT_DEAD_ZONE = 0.01;
    static final double DEFAULT_MIN_GAIN = 0.1;
    static final double DEFAULT_MAX_GAIN = 100.0;
    static final double DEFAULT_RATE_LIMIT = 50.0;

    /** Creates the provider (ServiceLoader entry point). */
    public AdaptiveSmcProvider() {
        super(NAME, Set.of("adaptive"),
                "adaptive sliding-mode control: ν = −K·sat(σ, ε) − α·σ, K̇ = γ·|σ| − leak·(K − K0) outside a dead zone",
                List.of(new ReachingGain("K0", 5.0, GainDomain.POSITIVE, "nominal switching gain (σ/s)"),
                        new ReachingGain("gamma", 5.0, GainDomain.NON_NEGATIVE, "adaptation rate (1/s² per σ)"),
                        new ReachingGain("alpha", 10.0, GainDomain.NON_NEGATIVE, "linear reaching gain (1/s)")),
                Set.of(LEAK_RATE, DEAD_ZONE, MIN_GAIN, MAX_GAIN, RATE_LIMIT));
    }

    @Override
    ControllerFactory prepare(double[] reaching, Options options, String where) {
        double nominalGain = reaching[0];
        double adaptationRate = reaching[1];
        double linearGain = reaching[2];
        double minGain = OptionValues.positive(options, MIN_GAIN, DEFAULT_MIN_GAIN);
        double maxGain = OptionValues.positive(options, MAX_GAIN, DEFAULT_MAX_GAIN);
        if (maxGain < minGain) {
            throw new IllegalArgumentException(options.pathOf(MAX_GAIN) + " must be >= " + options.pathOf(MIN_GAIN)
                    + " = " + minGain + ", got " + maxGain);
        }
        AdaptiveSmc.AdaptationLimits limits = new AdaptiveSmc.AdaptationLimits(
                OptionValues.nonNegative(options, LEAK_RATE, DEFAULT_LEAK_RATE),
                OptionValues.nonNegative(options, DEAD_ZONE, DEFAULT_DEAD_ZONE),
                minGain, maxGain,
                OptionValues.positive(options, RATE_LIMIT, DEFAULT_RATE_LIMIT));
        return settings -> new AdaptiveSmc(settings, nominalGain, adaptationRate, linearGain, limits);
    }
}
