package io.dip.sim.disturbance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A force step: {@code d(t) = amplitude} for {@code t ≥ start}, else 0.
 *
 * @param amplitude force after the step (N), finite
 * @param start     step time (s), finite and ≥ 0
 */
public record StepDisturbance(double amplitude, double start) implements Disturbance {

    /** Type name in configuration and result files. */
    public static final String TYPE = "step";

    /** Checks the parameters; messages name {@code step.<key>}. */
    public StepDisturbance {
        DisturbanceChecks.finite(TYPE, "amplitude", amplitude);
        DisturbanceChecks.nonNegative(TYPE, "start", start);
    }

    @Override
    public double force(double t) {
        return t >= start ? amplitude : 0.0;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", TYPE);
        map.put("amplitude", amplitude);
        map.put("start", start);
        return map;
    }
}
