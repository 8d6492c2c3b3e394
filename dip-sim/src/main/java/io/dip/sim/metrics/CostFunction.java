package io.dip.sim.metrics;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cost of a run (docs/model.md §7, YAML section {@code cost_function}):
 *
 * <pre>
 * J = w1·ISE/n1 + w2·U/n2 + w3·dU/n3 + w4·Σσ/n4 + P
 * ISE = Σ_k dt·x_kᵀx_k   U = Σ_k dt·u_k²   dU = Σ_{k≥1} (u_k − u_{k−1})²   Σσ = Σ_k dt·σ_k²
 * P = 0 on success, penalty·(T − t_fail)/T on failure; J = penalty + P when any term is not finite
 * J = penalty + penalty·(T − t_err)/T for a run that threw at t_err (its terms are not trusted)
 * </pre>
 *
 * and the combination of several scenarios {@code J = a·mean(J_i) + b·max(J_i)}.
 *
 * @param stateErrorWeight    w1 (key {@code weights.state_error}), finite ≥ 0
 * @param controlEffortWeight w2 (key {@code weights.control_effort}), finite ≥ 0
 * @param controlRateWeight   w3 (key {@code weights.control_rate}), finite ≥ 0
 * @param slidingWeight       w4 (key {@code weights.sliding}), finite ≥ 0
 * @param stateErrorNorm      n1 (key {@code norms.state_error}), finite &gt; 0
 * @param controlEffortNorm   n2 (key {@code norms.control_effort}), finite &gt; 0
 * @param controlRateNorm     n3 (key {@code norms.control_rate}), finite &gt; 0
 * @param slidingNorm         n4 (key {@code norms.sliding}), finite &gt; 0
 * @param failurePenalty      the penalty constant (key {@code failure_penalty}), finite ≥ 0
 * @param meanWeight          a of the scenario combination (key {@code combine.mean}), finite ≥ 0
 * @param maxWeight           b of the scenario combination (key {@code combine.max}), finite ≥ 0
 */
public record CostFunction(
        double stateErrorWeight,
        double controlEffortWeight,
        double controlRateWeight,
        double slidingWeight,
        double stateErrorNorm,
        double controlEffortNorm,
        double controlRateNorm,
        double slidingNorm,
        double failurePenalty,
        double meanWeight,
        double maxWeight) {

    /** YAML section name. */
    public static final String SECTION = "cost_function";

    /**
     * The defaults of docs/model.md §7: weights (1, 0.1, 0.01, 0.1), norms (10, 100, 1000, 1), penalty 1000, 0.7/0.3.
     */
    public static final CostFunction DEFAULTS =
            new CostFunction(1.0, 0.1, 0.01, 0.1, 10, 100, 1000, 1, 1000, 0.7, 0.3);

    /** Checks every component; messages name the key under {@code cost_function}. */
    public CostFunction {
        nonNegative("weights.state_error", stateErrorWeight);
        nonNegative("weights.control_effort", controlEffortWeight);
        nonNegative("weights.control_rate", controlRateWeight);
        nonNegative("weights.sliding", slidingWeight);
        positive("norms.state_error", stateErrorNorm);
        positive("norms.control_effort", controlEffortNorm);
        positive("norms.control_rate", controlRateNorm);
        positive("norms.sliding", slidingNorm);
        nonNegative("failure_penalty", failurePenalty);
        nonNegative("combine.mean", meanWeight);
        nonNegative("combine.max", maxWeight);
    }

    private static void nonNegative(String key, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(SECTION + "." + key + " must be finite and >= 0, got " + value);
        }
    }

    private static void positive(String key, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(SECTION + "." + key + " must be finite and > 0, got " + value);
        }
    }

    /**
     * @param stateError    ISE (m²·s with mixed units, summed over all six components)
     * @param controlEffort U (N²·s)
     * @param controlRate   dU (N²)
     * @param sliding       Σσ
     * @param duration      the configured duration T (s), &gt; 0
     * @param failed        true when the run failed (fell, left the track or diverged)
     * @param failureTime   t_fail (s), used when {@code failed}
     * @return J
     */
    public double cost(double stateError, double controlEffort, double controlRate, double sliding,
            double duration, boolean failed, double failureTime) {
        double penalty = failed ? failurePenalty * (duration - failureTime) / duration : 0.0;
        double j = stateErrorWeight * stateError / stateErrorNorm
                + controlEffortWeight * controlEffort / controlEffortNorm
                + controlRateWeight * controlRate / controlRateNorm
                + slidingWeight * sliding / slidingNorm;
        boolean finite = Double.isFinite(stateError) && Double.isFinite(controlEffort)
                && Double.isFinite(controlRate) && Double.isFinite(sliding) && Double.isFinite(j);
        return finite ? j + penalty : failurePenalty + penalty;
    }

    /**
     * The cost of a run that threw at {@code errorTime} ({@link Outcome#ERROR}): that of a failure at the same time
     * whose terms are not finite, {@code penalty + penalty·(T − t_err)/T}, between one and two penalties.
     *
     * @param duration  the configured duration T (s), &gt; 0
     * @param errorTime t_err (s), clamped to [0, T]
     * @return J
     */
    public double errorCost(double duration, double errorTime) {
        double t = Math.max(0.0, Math.min(duration, errorTime));
        return failurePenalty + failurePenalty * (duration - t) / duration;
    }

    /**
     * Combines the costs of several scenarios: {@code a·mean + b·max}.
     *
     * @param costs at least one cost
     * @return the combined cost
     */
    public double combine(double[] costs) {
        if (costs.length == 0) {
            throw new IllegalArgumentException("no scenario costs to combine");
        }
        double sum = 0.0;
        double max = Double.NEGATIVE_INFINITY;
        for (double c : costs) {
            sum += c;
            max = Math.max(max, c);
        }
        return meanWeight * sum / costs.length + maxWeight * max;
    }

    /** @return the settings with their keys, for result files */
    public Map<String, Object> describe() {
        Map<String, Object> weights = new LinkedHashMap<>();
        weights.put("state_error", stateErrorWeight);
        weights.put("control_effort", controlEffortWeight);
        weights.put("control_rate", controlRateWeight);
        weights.put("sliding", slidingWeight);
        Map<String, Object> norms = new LinkedHashMap<>();
        norms.put("state_error", stateErrorNorm);
        norms.put("control_effort", controlEffortNorm);
        norms.put("control_rate", controlRateNorm);
        norms.put("sliding", slidingNorm);
        Map<String, Object> combine = new LinkedHashMap<>();
        combine.put("mean", meanWeight);
        combine.put("max", maxWeight);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("weights", weights);
        map.put("norms", norms);
        map.put("failure_penalty", failurePenalty);
        map.put("combine", combine);
        return map;
    }
}
