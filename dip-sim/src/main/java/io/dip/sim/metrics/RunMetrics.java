package io.dip.sim.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures of one run, over the recorded samples k = 0..N−1 (state before each step, force applied during it).
 *
 * @param stateError      ISE = Σ dt·x_kᵀx_k (all six components)
 * @param controlEffort   U = Σ dt·u_k² (N²·s)
 * @param controlRate     dU = Σ_{k≥1} (u_k − u_{k−1})² (N²)
 * @param sliding         Σσ = Σ dt·σ_k² (0 for a controller without a σ diagnostic)
 * @param cost            J of {@link CostFunction}; NaN for a cancelled run
 * @param settlingTime    last t_k with max(|θ1|,|θ2|) &gt; 0.02 rad (s); 0 when never
 * @param overshoot       max |θᵢ| after θᵢ's first zero crossing, over i = 1, 2 (rad); 0 without a crossing
 * @param peakControl     max |u_k| (N)
 * @param chatteringIndex Σ_{k≥1}|u_k − u_{k−1}| / (N·dt) (N/s); 0 when N = 0
 * @param swingUpTime     the first t_k from which max(|θ1|,|θ2|) ≤ 0.05 rad up to the end (s); NaN when the run
 *                        failed or ends outside that band
 * @param modeSwitches    changes of the controller's {@code mode} diagnostic (0 without one)
 * @param wholeCircle     true when the controller works over the whole circle: the angles of every measure were
 *                        wrapped to (−π, π], and a run succeeds only when it ends upright
 * @param finalState      the state at the end of the run (after the last step)
 */
public record RunMetrics(
        double stateError,
        double controlEffort,
        double controlRate,
        double sliding,
        double cost,
        double settlingTime,
        double overshoot,
        double peakControl,
        double chatteringIndex,
        double swingUpTime,
        long modeSwitches,
        boolean wholeCircle,
        double[] finalState) {

    /** Copies the final state. */
    public RunMetrics {
        finalState = finalState.clone();
    }

    /** @return a copy of the final state */
    @Override
    public double[] finalState() {
        return finalState.clone();
    }

    /** @return the measures with their keys, for result files; an undefined measure (NaN) is null */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            double value = metric.of(this);
            map.put(metric.key(), Double.isNaN(value) ? null : value);
        }
        map.put("control_effort", controlEffort);
        map.put("control_rate", controlRate);
        map.put("sliding", sliding);
        map.put("final_state", List.of(finalState[0], finalState[1], finalState[2], finalState[3],
                finalState[4], finalState[5]));
        return map;
    }
}
