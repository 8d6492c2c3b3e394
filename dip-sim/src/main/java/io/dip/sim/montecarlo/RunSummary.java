package io.dip.sim.montecarlo;

import io.dip.api.PhysicalParameters;
import io.dip.api.StateIndex;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.metrics.RunMetrics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of a Monte Carlo study: what was drawn and how it went.
 *
 * @param index        run index in the study
 * @param seed         the run's seed
 * @param parameters   the plant's drawn physical parameters
 * @param initialState the drawn initial state
 * @param status       how the run ended
 * @param stopTime     time of its end state (s)
 * @param metrics      its measures
 * @param reason       why it did not complete (the error of an ERROR run), null when it completed
 */
public record RunSummary(
        int index,
        long seed,
        PhysicalParameters parameters,
        double[] initialState,
        StopStatus status,
        double stopTime,
        RunMetrics metrics,
        String reason) {

    /** Copies the initial state. */
    public RunSummary {
        initialState = initialState.clone();
    }

    /**
     * @param index  run index
     * @param result the run's result
     * @return its summary
     */
    public static RunSummary of(int index, SimulationResult result) {
        return new RunSummary(index, result.seed(), result.scenario().plant().parameters(),
                result.scenario().initialState(), result.status(), result.stopTime(), result.metrics(),
                result.status() == StopStatus.COMPLETED ? null : result.reason());
    }

    /** @return a copy of the drawn initial state */
    @Override
    public double[] initialState() {
        return initialState.clone();
    }

    /**
     * @return true when the run completed without failure and, for a controller that works over the whole circle,
     *         ended upright (it has a swing-up time)
     */
    public boolean succeeded() {
        return succeeded(status, metrics);
    }

    /**
     * @param status  how a run ended
     * @param metrics its measures
     * @return true when it completed without failure and, for a controller that works over the whole circle, ended
     *         upright (it has a swing-up time)
     */
    public static boolean succeeded(StopStatus status, RunMetrics metrics) {
        return status == StopStatus.COMPLETED && (!metrics.wholeCircle() || Double.isFinite(metrics.swingUpTime()));
    }

    /** @return the summary with configuration keys, for result files */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("index", index);
        map.put("seed", seed);
        map.put("status", status.name());
        map.put("reason", reason);
        map.put("stop_time", stopTime);
        List<Double> x0 = new ArrayList<>(StateIndex.DIMENSION);
        for (double v : initialState) {
            x0.add(v);
        }
        map.put("initial_state", x0);
        map.put(PhysicalParameters.SECTION, parameters.toMap());
        map.put("metrics", metrics.describe());
        return map;
    }
}
