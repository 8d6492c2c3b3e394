package io.dip.controllers;

import io.dip.api.Options;
import java.util.List;
import java.util.Set;

/**
 * Provides {@link SuperTwistingSmc} as {@code sta_smc} (aliases {@code super_twisting}, {@code sta}).
 * Gains {@code [s0..s5, K1, K2, kd]}, defaults S0, K1 = 50, K2 = 50, kd = 6.5 (tuned on the robust scenario set,
 * see docs/tuning.md). Own option:
 * {@code integral_limit} &gt; 0 (bound on |v|, default 100), besides the common ones
 * (see {@link SlidingModeControllerProvider}).
 */
public final class SuperTwistingSmcProvider extends SlidingModeControllerProvider {

    /** Registered name. */
    public static final String NAME = "sta_smc";
    static final String INTEGRAL_LIMIT = "integral_limit";
    static final double DEFAULT_INTEGRAL_LIMIT = 100.0;

    /** Creates the provider (ServiceLoader entry point). */
    public SuperTwistingSmcProvider() {
        super(NAME, Set.of("super_twisting", "sta"),
                "super-twisting sliding-mode control: ν = −K1·√|σ|·sat(σ, ε) + v − kd·σ, v̇ = −K2·sat(σ, ε)",
                List.of(new ReachingGain("K1", 50.0, GainDomain.POSITIVE, "√|σ| gain (√σ/s)"),
                        new ReachingGain("K2", 50.0, GainDomain.POSITIVE, "integral gain (σ/s²)"),
                        new ReachingGain("kd", 6.5, GainDomain.NON_NEGATIVE, "linear reaching gain (1/s)")),
                Set.of(INTEGRAL_LIMIT));
    }

    @Override
    ControllerFactory prepare(double[] reaching, Options options, String where) {
        double k1 = reaching[0];
        double k2 = reaching[1];
        double linearGain = reaching[2];
        double integralLimit = OptionValues.positive(options, INTEGRAL_LIMIT, DEFAULT_INTEGRAL_LIMIT);
        return settings -> new SuperTwistingSmc(settings, k1, k2, linearGain, integralLimit);
    }
}
