package io.dip.controllers;

import io.dip.api.Options;
import java.util.List;
import java.util.Set;

/**
 * Provides {@link HybridAdaptiveSuperTwistingSmc} as {@code hybrid_adaptive_sta_smc} (aliases {@code hybrid},
 * {@code hybrid_sta}). Gains {@code [s0..s5, k1_0, k2_0, gamma1, gamma2, kd]}, defaults S0, 5, 5, 110, 50, 35
 * (tuned on the robust scenario set, see docs/tuning.md).
 * Own options: {@code leak_rate} ≥ 0 (default 0.05), {@code dead_zone} ≥ 0 (0.01), {@code k_max} &gt; 0 (50, at
 * least k1_0 and k2_0), {@code integral_limit} &gt; 0 (100), besides the common ones
 * (see {@link SlidingModeControllerProvider}).
 */
public final class HybridAdaptiveSuperTwistingSmcProvider extends SlidingModeControllerProvider {

    /** Registered name. */
    public static final String NAME = "hybrid_adaptive_sta_smc";
    static final String LEAK_RATE = "leak_rate";
    static final String DEAD_ZONE = "dead_zone";
    static final String MAX_GAIN = "k_max";
    static final String INTEGRAL_LIMIT = "integral_limit";
    static final double DEFAULT_LEAK_RATE = 0.05;
    static final double DEFAULT_DEAD_ZONE = 0.01;
    static final double DEFAULT_MAX_GAIN = 50.0;
    static final double DEFAULT_INTEGRAL_LIMIT = 100.0;

    /** Creates the provider (ServiceLoader entry point). */
    public HybridAdaptiveSuperTwistingSmcProvider() {
        super(NAME, Set.of("hybrid", "hybrid_sta"),
                "super-twisting sliding-mode control with gains k1, k2 adapted to |σ|",
                List.of(new ReachingGain("k1_0", 5.0, GainDomain.POSITIVE, "initial √|σ| gain k1 (√σ/s)"),
                        new ReachingGain("k2_0", 5.0, GainDomain.POSITIVE, "initial integral gain k2 (σ/s²)"),
                        new ReachingGain("gamma1", 110.0, GainDomain.NON_NEGATIVE, "adaptation rate of k1"),
                        new ReachingGain("gamma2", 50.0, GainDomain.NON_NEGATIVE, "adaptation rate of k2"),
                        new ReachingGain("kd", 35.0, GainDomain.NON_NEGATIVE, "linear reaching gain (1/s)")),
                Set.of(LEAK_RATE, DEAD_ZONE, MAX_GAIN, INTEGRAL_LIMIT));
    }

    @Override
    ControllerFactory prepare(double[] reaching, Options options, String where) {
        double initialK1 = reaching[0];
        double initialK2 = reaching[1];
        double gamma1 = reaching[2];
        double gamma2 = reaching[3];
        double linearGain = reaching[4];
        double maxGain = OptionValues.positive(options, MAX_GAIN, DEFAULT_MAX_GAIN);
        requireAtMost(where, "k1_0", initialK1, options.pathOf(MAX_GAIN), maxGain);
        requireAtMost(where, "k2_0", initialK2, options.pathOf(MAX_GAIN), maxGain);
        HybridAdaptiveSuperTwistingSmc.HybridLimits limits = new HybridAdaptiveSuperTwistingSmc.HybridLimits(
                OptionValues.nonNegative(options, LEAK_RATE, DEFAULT_LEAK_RATE),
                OptionValues.nonNegative(options, DEAD_ZONE, DEFAULT_DEAD_ZONE),
                maxGain,
                OptionValues.positive(options, INTEGRAL_LIMIT, DEFAULT_INTEGRAL_LIMIT));
        return settings -> new HybridAdaptiveSuperTwistingSmc(settings, initialK1, initialK2, gamma1, gamma2,
                linearGain, limits);
    }

    private static void requireAtMost(String where, String gain, double value, String limitPath, double limit) {
        if (value > limit) {
            throw new IllegalArgumentException(where + ": gain " + gain + " must be <= " + limitPath + " = " + limit
                    + ", got " + value);
        }
    }
}
