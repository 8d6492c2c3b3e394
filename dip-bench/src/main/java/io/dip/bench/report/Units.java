package io.dip.bench.report;

import java.util.Locale;

/** Human-readable numbers for the report tables (locale-independent). */
public final class Units {

    private static final double KIB = 1024.0;

    private Units() {
    }

    /**
     * @param nanos a duration (ns)
     * @return e.g. {@code 87 ns}, {@code 1.24 µs}, {@code 3.10 ms}, {@code 2.50 s}
     */
    public static String nanos(double nanos) {
        if (!Double.isFinite(nanos)) {
            return "–";
        }
        double magnitude = Math.abs(nanos);
        if (magnitude < 1_000) {
            return String.format(Locale.ROOT, "%.0f ns", nanos);
        }
        if (magnitude < 1_000_000) {
            return String.format(Locale.ROOT, "%.2f µs", nanos / 1e3);
        }
        if (magnitude < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.2f ms", nanos / 1e6);
        }
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    /**
     * @param bytes a size (bytes)
     * @return e.g. {@code 512 B}, {@code 17.1 KB}, {@code 3.2 MB} (1 KB = 1024 B)
     */
    public static String bytes(double bytes) {
        double magnitude = Math.abs(bytes);
        if (magnitude < KIB) {
            return String.format(Locale.ROOT, "%.0f B", bytes);
        }
        if (magnitude < KIB * KIB) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / KIB);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / KIB / KIB);
    }

    /**
     * @param bytesPerCall bytes per call
     * @return {@code 0 B} exactly for zero, else with two decimals, e.g. {@code 24.00 B}
     */
    public static String bytesPerCall(double bytesPerCall) {
        return bytesPerCall == 0 ? "0 B" : String.format(Locale.ROOT, "%.2f B", bytesPerCall);
    }

    /**
     * @param value a number
     * @param decimals decimals to show
     * @return the number with that many decimals (a negative value that rounds to zero shows as zero)
     */
    public static String fixed(double value, int decimals) {
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        return text.matches("-0\\.?0*") ? text.substring(1) : text;
    }

    /**
     * @param value a count
     * @return with thousands separators, e.g. {@code 3,600,000}
     */
    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /**
     * @param factor a ratio such as deadline / latency
     * @return e.g. {@code 1,234×}, {@code 0.8×} (one decimal below 10); {@code ∞} when infinite
     */
    public static String times(double factor) {
        if (Double.isInfinite(factor)) {
            return "∞";
        }
        return String.format(Locale.ROOT, factor < 10 ? "%.1f×" : "%,.0f×", factor);
    }
}
