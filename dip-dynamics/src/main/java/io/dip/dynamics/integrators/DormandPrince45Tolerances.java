package io.dip.dynamics.integrators;

import io.dip.api.Options;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Step-control settings of {@link DormandPrince45} (integrator options of {@code rk45}, docs/model.md §4).
 *
 * @param atol        absolute tolerance, in the units of each state component; finite and &gt; 0 (default 1e-8)
 * @param rtol        relative tolerance (dimensionless); finite and ≥ 0 (default 1e-6)
 * @param maxSubSteps the most sub-steps (accepted plus rejected) one control period may take, ≥ 1
 *                    (default 100 000)
 */
public record DormandPrince45Tolerances(double atol, double rtol, int maxSubSteps) {

    /** Option key of {@link #atol()}. */
    public static final String ATOL = "atol";
    /** Option key of {@link #rtol()}. */
    public static final String RTOL = "rtol";
    /** Option key of {@link #maxSubSteps()}. */
    public static final String MAX_SUBSTEPS = "max_substeps";
    /** Every option key {@code rk45} understands. */
    public static final Set<String> KEYS = Set.of(ATOL, RTOL, MAX_SUBSTEPS);

    /** atol = 1e-8, rtol = 1e-6, max_substeps = 100 000. */
    public static final DormandPrince45Tolerances DEFAULTS = new DormandPrince45Tolerances(1e-8, 1e-6, 100_000);

    /** Validates the settings; errors name the option key. */
    public DormandPrince45Tolerances {
        validate(UnaryOperator.identity(), atol, rtol, maxSubSteps);
    }

    /**
     * Reads the settings from an option block, starting from {@link #DEFAULTS}.
     *
     * @param options the integrator's option block, e.g. at path {@code simulation.integrator.options}
     * @return the validated settings
     * @throws IllegalArgumentException for an unknown key or an invalid value, naming its full path
     */
    public static DormandPrince45Tolerances from(Options options) {
        options.requireOnly(KEYS);
        double atol = options.getDouble(ATOL, DEFAULTS.atol);
        double rtol = options.getDouble(RTOL, DEFAULTS.rtol);
        int maxSubSteps = options.getInt(MAX_SUBSTEPS, DEFAULTS.maxSubSteps, 1, Integer.MAX_VALUE);
        validate(options::pathOf, atol, rtol, maxSubSteps);
        return new DormandPrince45Tolerances(atol, rtol, maxSubSteps);
    }

    private static void validate(UnaryOperator<String> pathOf, double atol, double rtol, int maxSubSteps) {
        if (!(Double.isFinite(atol) && atol > 0)) {
            throw new IllegalArgumentException(pathOf.apply(ATOL) + " must be finite and > 0, got " + atol);
        }
        if (!(Double.isFinite(rtol) && rtol >= 0)) {
            throw new IllegalArgumentException(pathOf.apply(RTOL) + " must be finite and >= 0, got " + rtol);
        }
        if (maxSubSteps < 1) {
            throw new IllegalArgumentException(pathOf.apply(MAX_SUBSTEPS) + " must be >= 1, got " + maxSubSteps);
        }
    }
}
