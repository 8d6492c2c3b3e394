package io.dip.sim.disturbance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A sinusoidal force from {@code start}: {@code d(t) = amplitude·sin(2π·frequency·(t − start) + phase)} for
 * {@code t ≥ start}, else 0.
 *
 * @param amplitude peak force (N), finite
 * @param frequency frequency (Hz), finite and ≥ 0
 * @param phase     phase at {@code start} (rad), finite
 * @param start     onset (s), finite and ≥ 0
 */
public record SinusoidDisturbance(double amplitude, double frequency, double phase, double start)
        implements Disturbance {

    /** Type name in configuration and result files. */
    public static final String TYPE = "sinusoid";

    /** Checks the parameters; messages name {@code sinusoid.<key>}. */
    public SinusoidDisturbance {
        DisturbanceChecks.finite(TYPE, "amplitude", amplitude);
        DisturbanceChecks.nonNegative(TYPE, "frequency", frequency);
        DisturbanceChecks.finite(TYPE, "phase", phase);
        DisturbanceChecks.nonNegative(TYPE, "start", start);
    }

    @Override
    public double force(double t) {
        return t >= start ? amplitude * Math.sin(2 * Math.PI * frequency * (t - start) + phase) : 0.0;
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", TYPE);
        map.put("amplitude", amplitude);
        map.put("frequency", frequency);
        map.put("phase", phase);
        map.put("start", start);
        return map;
    }
}
