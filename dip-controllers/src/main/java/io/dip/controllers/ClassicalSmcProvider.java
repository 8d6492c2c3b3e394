package io.dip.controllers;

import io.dip.api.Options;
import java.util.List;
import java.util.Set;

/**
 * Provides {@link ClassicalSmc} as {@code classical_smc} (aliases {@code classic_smc}, {@code smc_classical}).
 * Gains {@code [s0..s5, K, kd]}, defaults S0, K = 5, kd = 10. No options besides the common ones
 * (see {@link SlidingModeControllerProvider}).
 */
public final class ClassicalSmcProvider extends SlidingModeControllerProvider {

    /** Registered name. */
    public static final String NAME = "classical_smc";

    /** Creates the provider (ServiceLoader entry point). */
    public ClassicalSmcProvider() {
        super(NAME, Set.of("classic_smc", "smc_classical"),
                "classical sliding-mode control: ν = −K·sat(σ, ε) − kd·σ",
                List.of(new ReachingGain("K", 5.0, GainDomain.POSITIVE, "switching gain (σ/s)"),
                        new ReachingGain("kd", 10.0, GainDomain.NON_NEGATIVE, "linear reaching gain (1/s)")),
                Set.of());
    }

    @Override
    ControllerFactory prepare(double[] reaching, Options options, String where) {
        double switchingGain = reaching[0];
        double linearGain = reaching[1];
        return settings -> new ClassicalSmc(settings, switchingGain, linearGain);
    }
}
