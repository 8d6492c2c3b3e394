package io.dip.sim.config;

/**
 * An allowed interval of a number, used to validate configuration values and to describe the rule in messages
 * ({@code > 0 and <= 1}). Every range also requires the value to be finite.
 */
final class Range {

    /** Any finite number. */
    static final Range FINITE = new Range(Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true);
    /** {@code > 0}. */
    static final Range POSITIVE = new Range(0.0, false, Double.POSITIVE_INFINITY, true);
    /** {@code >= 0}. */
    static final Range NON_NEGATIVE = new Range(0.0, true, Double.POSITIVE_INFINITY, true);
    /** {@code >= 0 and <= 1}. */
    static final Range UNIT = new Range(0.0, true, 1.0, true);
    /** {@code > 0 and <= 1}. */
    static final Range UNIT_OPEN_BELOW = new Range(0.0, false, 1.0, true);
    /** {@code >= 0 and < 1}: a relative half-width that keeps a positive quantity positive. */
    static final Range RELATIVE_SPREAD = new Range(0.0, true, 1.0, false);

    private final double low;
    private final boolean lowInclusive;
    private final double high;
    private final boolean highInclusive;

    private Range(double low, boolean lowInclusive, double high, boolean highInclusive) {
        this.low = low;
        this.lowInclusive = lowInclusive;
        this.high = high;
        this.highInclusive = highInclusive;
    }

    /** @return {@code [low, high]} */
    static Range closed(double low, double high) {
        return new Range(low, true, high, true);
    }

    /** @return true when {@code value} is finite and inside the range */
    boolean contains(double value) {
        return Double.isFinite(value) && (lowInclusive ? value >= low : value > low)
                && (highInclusive ? value <= high : value < high);
    }

    /**
     * @param path  dotted path of the value
     * @param value the value
     * @return the value
     * @throws ConfigException e.g. {@code simulation.dt must be > 0 and <= 1, got -0.1}
     */
    double check(String path, double value) {
        if (!contains(value)) {
            String rule = describe();
            String must = Double.isFinite(value) ? rule : rule.isEmpty() ? "a finite number" : "a finite number "
                    + rule;
            throw new ConfigException(path, "must be " + must + ", got " + value);
        }
        return value;
    }

    /**
     * @param path   dotted path of the vector
     * @param values the vector (copied)
     * @param length the required length, or −1 for any length ≥ 1
     * @return a copy of the vector
     * @throws ConfigException for a missing vector, a wrong length or an element out of range
     */
    double[] checkVector(String path, double[] values, int length) {
        if (values == null) {
            throw new ConfigException(path, "is required");
        }
        if (length >= 0 && values.length != length) {
            throw new ConfigException(path, "must hold " + length + " numbers, got " + values.length);
        }
        if (length < 0 && values.length == 0) {
            throw new ConfigException(path, "must hold at least one number");
        }
        for (int i = 0; i < values.length; i++) {
            check(path + "[" + i + "]", values[i]);
        }
        return values.clone();
    }

    /** @return e.g. {@code > 0 and <= 1}; empty for {@link #FINITE} */
    String describe() {
        StringBuilder text = new StringBuilder();
        if (low != Double.NEGATIVE_INFINITY) {
            text.append(lowInclusive ? ">= " : "> ").append(format(low));
        }
        if (high != Double.POSITIVE_INFINITY) {
            text.append(text.length() > 0 ? " and " : "").append(highInclusive ? "<= " : "< ").append(format(high));
        }
        return text.toString();
    }

    /**
     * @param path  dotted path of the value
     * @param value the value
     * @param min   the smallest allowed value
     * @return the value as an int
     * @throws ConfigException e.g. {@code pso.iters must be an integer >= 1, got 0}
     */
    static int checkInteger(String path, long value, int min) {
        if (value < min || value > Integer.MAX_VALUE) {
            throw new ConfigException(path, "must be an integer >= " + min
                    + (value > Integer.MAX_VALUE ? " and <= " + Integer.MAX_VALUE : "") + ", got " + value);
        }
        return (int) value;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
