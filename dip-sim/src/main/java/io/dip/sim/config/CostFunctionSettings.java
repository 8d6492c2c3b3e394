package io.dip.sim.config;

/**
 * The {@code cost_function} section: the tuning cost of one run is {@code Σ_k weight_k · (∫ term_k dt) / norm_k},
 * plus {@code failure_penalty} when the run fails; several runs are combined with {@link CombineWeights}.
 *
 * @param weights        weight of each term, ≥ 0; key {@code weights}
 * @param norms          normaliser of each term, &gt; 0; key {@code norms}
 * @param failurePenalty cost added when a run fails, ≥ 0; key {@code failure_penalty}
 * @param combine        weights of mean and max over runs, ≥ 0, not both 0; key {@code combine}
 */
public record CostFunctionSettings(CostTerms weights, CostTerms norms, double failurePenalty,
        CombineWeights combine) {

    /** Section name. */
    public static final String SECTION = "cost_function";

    /** The built-in defaults. */
    public static final CostFunctionSettings DEFAULTS = new CostFunctionSettings(
            new CostTerms(1.0, 0.1, 0.01, 0.1), new CostTerms(10.0, 100.0, 1000.0, 1.0), 1000.0,
            new CombineWeights(0.7, 0.3));

    /**
     * Validates every value.
     *
     * @throws ConfigException naming the key and the allowed range
     */
    public CostFunctionSettings {
        if (weights == null || norms == null || combine == null) {
            throw new ConfigException(SECTION, "needs weights, norms and combine");
        }
        weights.check(SECTION + ".weights", Range.NON_NEGATIVE);
        norms.check(SECTION + ".norms", Range.POSITIVE);
        Range.NON_NEGATIVE.check(SECTION + ".failure_penalty", failurePenalty);
        Range.NON_NEGATIVE.check(SECTION + ".combine.mean", combine.mean());
        Range.NON_NEGATIVE.check(SECTION + ".combine.max", combine.max());
        if (combine.mean() + combine.max() == 0.0) {
            throw new ConfigException(SECTION + ".combine", "must give mean or max a weight > 0, got 0 and 0");
        }
    }
}
