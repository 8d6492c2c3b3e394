package io.dip.sim.metrics;

/**
 * One-line definitions of the measures and statuses, for help texts and {@link Metric}; compile-time constants so
 * that command annotations can use them. The full text is docs/measures.md.
 */
public final class MeasureDefinitions {

    /** ISE. */
    public static final String ISE = "Σ dt·|x_k|² over the steps, all six states (mixed SI units)";
    /** Settling time. */
    public static final String SETTLING_TIME = "last t with max|θi| > 0.02 rad; none if the run ends above it";
    /** Overshoot. */
    public static final String OVERSHOOT = "largest |θi| after θi first crosses zero, i = 1, 2 (rad)";
    /** Peak force. */
    public static final String PEAK_CONTROL = "largest |u_k| of the actuator (N)";
    /** Chattering index. */
    public static final String CHATTERING_INDEX = "Σ |u_k − u_{k−1}| divided by the time run (N/s)";
    /** Cost. */
    public static final String COST = "dimensionless cost of docs/model.md §7, failure penalty included";
    /** What applies to which run. */
    public static final String APPLICABILITY = "A run that fell, left the track, diverged, threw (ERROR, with its "
            + "reason) or was cancelled has no measures: n/a in tables, null in JSON; its cost carries the penalty.";

    /** The help footer of the commands that run the closed loop (picocli format: %n is a line break). */
    public static final String HELP = "%nMeasures (docs/measures.md):%n"
            + "  ISE: " + ISE + "%n"
            + "  settling time: " + SETTLING_TIME + "%n"
            + "  overshoot: " + OVERSHOOT + "%n"
            + "  peak |u|: " + PEAK_CONTROL + "%n"
            + "  chattering index: " + CHATTERING_INDEX + "%n"
            + "  cost J: " + COST + "%n"
            + APPLICABILITY;

    private MeasureDefinitions() {
    }
}
