package io.dip.sim.metrics;

import java.util.function.ToDoubleFunction;

/**
 * A scalar measure of a run, as reported in tables and Monte Carlo studies and plotted as histograms; each
 * definition is in {@link MeasureDefinitions} and docs/measures.md. {@link #of} reads NaN when the measure does not apply to the run.
 */
public enum Metric {
    /** ISE = Σ dt·x_kᵀx_k (mixed units). */
    ISE("ise", "ISE (mixed SI units)", RunMetrics::stateError),
    /** Settling time (s). */
    SETTLING_TIME("settling_time", "settling time (s)", RunMetrics::settlingTime),
    /** Overshoot (rad). */
    OVERSHOOT("overshoot", "overshoot (rad)", RunMetrics::overshoot),
    /** Peak |u| (N). */
    PEAK_CONTROL("peak_control", "peak |u| (N)", RunMetrics::peakControl),
    /** Chattering index Σ|Δu|/T (N/s). */
    CHATTERING_INDEX("chattering_index", "chattering index (N/s)", RunMetrics::chatteringIndex),
    /** Swing-up time (s): first time from which both wrapped angles stay within 0.05 rad; NaN if never. */
    SWING_UP_TIME("swing_up_time", "swing-up time (s)", RunMetrics::swingUpTime),
    /** Number of changes of the controller's {@code mode} diagnostic (0 without one). */
    MODE_SWITCHES("mode_switches", "mode switches", RunMetrics::modeSwitches),
    /** Cost J. */
    COST("cost", "cost J", RunMetrics::cost);

    private final String key;
    private final String label;
    private final ToDoubleFunction<RunMetrics> reader;

    Metric(String key, String label, ToDoubleFunction<RunMetrics> reader) {
        this.key = key;
        this.label = label;
        this.reader = reader;
    }

    /** @return the key in result files, e.g. {@code settling_time} */
    public String key() {
        return key;
    }

    /** @return a plot label with the unit */
    public String label() {
        return label;
    }

    /**
     * @param metrics the measures of a run
     * @return this measure's value; NaN when it does not apply (a run that did not reach its end; the settling
     *         time of a run that did not settle; the cost of a cancelled run)
     */
    public double of(RunMetrics metrics) {
        if (this != COST && !metrics.applicable()) {
            return Double.NaN;
        }
        return reader.applyAsDouble(metrics);
    }

    /**
     * @param key a key such as {@code settling_time}
     * @return its measure
     * @throws IllegalArgumentException naming the allowed keys
     */
    public static Metric ofKey(String key) {
        StringBuilder keys = new StringBuilder();
        for (Metric m : values()) {
            if (m.key.equals(key)) {
                return m;
            }
            keys.append(keys.length() == 0 ? "" : ", ").append(m.key);
        }
        throw new IllegalArgumentException("unknown measure '" + key + "' (allowed: " + keys + ")");
    }
}
