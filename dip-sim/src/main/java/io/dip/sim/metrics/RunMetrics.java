package io.dip.sim.metrics;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The measures of one run, over the recorded samples k = 0..N−1 (state before each step; u is the actuator's force during it, after the motor limit and without the disturbance);
 * definitions in docs/measures.md.
 *
 * <p>The regulation measures ({@link Metric}) describe a run that reached its end: they apply only when
 * {@code applicable} (the run's {@link Outcome} is SUCCESS). A run that fell, diverged, threw or was cancelled has
 * none, and {@link Metric#of} reads NaN for them; the cost J and its four terms are kept whatever the outcome.
 *
 * @param stateError      ISE = Σ dt·x_kᵀx_k (all six components, mixed units)
 * @param controlEffort   U = Σ dt·u_k² (N²·s)
 * @param controlRate     dU = Σ_{k≥1} (u_k − u_{k−1})² (N²)
 * @param sliding         Σσ = Σ dt·σ_k² (0 for a controller without a σ diagnostic)
 * @param cost            J of {@link CostFunction}; NaN for a cancelled run
 * @param settlingTime    last t_k with max(|θ1|,|θ2|) &gt; 0.02 rad (s); 0 when never; NaN when the run ends outside
 *                        that band (not settled)
 * @param overshoot       max |θᵢ| after θᵢ's first zero crossing, over i = 1, 2 (rad); 0 without a crossing
 * @param peakControl     max |u_k| (N)
 * @param chatteringIndex Σ_{k≥1}|u_k − u_{k−1}| / (N·dt) (N/s); 0 when N = 0
 * @param swingUpTime     the first t_k from which max(|θ1|,|θ2|) ≤ 0.05 rad up to the end (s); NaN when the run
 *                        failed or ends outside that band
 * @param modeSwitches    changes of the controller's {@code mode} diagnostic (0 without one)
 * @param wholeCircle     true when the controller works over the whole circle: the angles of every measure were
 *                        wrapped to (−π, π], and a run succeeds only when it ends upright
 * @param finalState      the state at the end of the run (after the last step)
 * @param applicable      true when the run reached its end without failure, so that its measures apply
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
        double[] finalState,
        boolean applicable) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the final state. */
    public RunMetrics {
        finalState = finalState.clone();
    }

    /** @return a copy of the final state */
    @Override
    public double[] finalState() {
        return finalState.clone();
    }

    /** @return true when the measures apply and the run ended inside the settling band */
    public boolean settled() {
        return applicable && !Double.isNaN(settlingTime);
    }

    /**
     * @return the measures with their keys, for result files: a measure that does not apply (or a settling time of
     *         a run that did not settle) is null; {@code settled} says which; the cost terms follow
     */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Metric metric : Metric.values()) {
            double value = metric.of(this);
            map.put(metric.key(), Double.isFinite(value) ? value : null);
        }
        map.put("measures_apply", applicable);
        map.put("settled", settled());
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("state_error", stateError);
        terms.put("control_effort", controlEffort);
        terms.put("control_rate", controlRate);
        terms.put("sliding", sliding);
        map.put("cost_terms", terms);
        List<Double> x = new ArrayList<>(finalState.length);
        for (double v : finalState) {
            x.add(v);
        }
        map.put("final_state", x);
        return map;
    }
}
