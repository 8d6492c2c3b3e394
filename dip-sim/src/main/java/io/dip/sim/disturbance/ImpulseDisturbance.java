package io.dip.sim.disturbance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A rectangular force pulse: {@code d(t) = amplitude} for {@code start ≤ t < start + width}, else 0.
 *
 * <p>The engine samples d at the control instants and holds it over each period, so the pulse acts on the
 * periods whose start lies in {@code [start, start + width)}: a width shorter than dt hits at most one period.
 * The impulse delivered is about {@code amplitude·width} (N·s) when width is a multiple of dt.
 *
 * @param amplitude pulse force (N), finite
 * @param start     pulse start (s), finite and ≥ 0
 * @param width     pulse duration (s), finite and &gt; 0
 */
public record ImpulseDisturbance(double amplitude, double start, double width) implements Disturbance {

    /** Type name in configuration and result files. */
    public static final String TYPE = "impulse";

    /** Checks the parameters; messages name {@code impulse.<key>}. */
    public ImpulseDisturbance {
        DisturbanceChecks.finite(TYPE, "amplitude", amplitude);
        DisturbanceChecks.nonNegative(TYPE, "start", start);
        DisturbanceChecks.positive(TYPE, "width", width);
    }

    @Override
    public double force(double t) {
        return t >= start && t < start + width ? amplitude : 0.0;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", TYPE);
        map.put("amplitude", amplitude);
        map.put("start", start);
        map.put("width", width);
        return map;
    }
}
