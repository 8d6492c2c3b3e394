package io.dip.sim.montecarlo;

import java.util.Arrays;

/**
 * A histogram of a stream of values in constant memory: {@value #FINE_BINS} equal bins over a range that doubles,
 * merging neighbouring bins, whenever a value falls outside it. The counts are exact; only the bin edges are
 * constrained (every edge of {@link #bins} is an edge of the fine bins, or zero for a sample of one sign). The result depends on the order of the
 * values, which the study fixes (run index). Non-finite values are skipped. Not thread-safe.
 */
public final class StreamingHistogram {

    /** Number of fine bins. */
    public static final int FINE_BINS = 1024;

    /** Largest span the bins cover; wider samples pile their extremes into the end bins. */
    private static final double MAX_SPAN = Double.MAX_VALUE / 16;
    private static final double MAX_WIDTH = MAX_SPAN / FINE_BINS;

    private final long[] counts = new long[FINE_BINS];
    private long total;
    private double first = Double.NaN;
    private double origin;
    private double width;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /** @param value a sample value (skipped when not finite) */
    public void add(double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        total++;
        min = Math.min(min, value);
        max = Math.max(max, value);
        if (width == 0) {
            if (Double.isNaN(first) || value == first) {
                first = value;
                return;
            }
            // the second distinct value sets the range: both values in its middle half
            double low = Math.min(first, value);
            double span = Math.min(MAX_SPAN, Math.abs(value / 2 - first / 2) * 2);
            width = Math.max(Double.MIN_NORMAL, 2 * span / FINE_BINS);
            origin = low - span / 2;
            counts[index(first)] = total - 1;
        }
        // beyond MAX_SPAN the end bins take the extremes
        while (value < origin && width < MAX_WIDTH) {
            grow(true);
        }
        while (value >= origin + FINE_BINS * width && width < MAX_WIDTH) {
            grow(false);
        }
        counts[index(value)]++;
    }

    private int index(double value) {
        int i = (int) Math.floor((value - origin) / width);
        return Math.max(0, Math.min(FINE_BINS - 1, i));
    }

    /** Doubles the bin width, keeping the range's upper end ({@code downward}) or its lower end. */
    private void grow(boolean downward) {
        long[] merged = new long[FINE_BINS];
        int offset = downward ? FINE_BINS / 2 : 0;
        for (int i = 0; i < FINE_BINS; i++) {
            merged[offset + i / 2] += counts[i];
        }
        System.arraycopy(merged, 0, counts, 0, FINE_BINS);
        if (downward) {
            origin -= FINE_BINS * width;
        }
        width *= 2;
    }

    /** @return the number of finite values added */
    public long count() {
        return total;
    }

    /** @return the smallest value added (+∞ when none) */
    public double min() {
        return min;
    }

    /** @return the largest value added (−∞ when none) */
    public double max() {
        return max;
    }

    /**
     * Groups the fine bins over the values' range into about {@code target} equal bins.
     *
     * @param target the number of bins wanted, ≥ 1
     * @return the bins: {@code edges} has one more entry than {@code counts}
     */
    public Bins bins(int target) {
        if (target < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, got " + target);
        }
        if (total == 0) {
            return new Bins(new double[0], new long[0]);
        }
        if (width == 0) {
            double pad = first == 0 ? 0.5 : Math.abs(first) * 0.01;
            return new Bins(new double[] {first - pad, first + pad}, new long[] {total});
        }
        // the outermost bins that hold counts (index(min) may differ by one after the range grew, by rounding)
        int lo = 0;
        while (counts[lo] == 0) {
            lo++;
        }
        int hi = FINE_BINS - 1;
        while (counts[hi] == 0) {
            hi--;
        }
        int group = Math.max(1, (hi - lo + target) / target);
        int n = (hi - lo) / group + 1;
        double[] edges = new double[n + 1];
        long[] binned = new long[n];
        for (int b = 0; b <= n; b++) {
            edges[b] = origin + (lo + (long) b * group) * width;
        }
        for (int i = lo; i <= hi; i++) {
            binned[(i - lo) / group] += counts[i];
        }
        // a sample of one sign keeps its bins on that side of zero
        if (min >= 0 && edges[0] < 0) {
            edges[0] = 0;
        }
        if (max <= 0 && edges[n] > 0) {
            edges[n] = 0;
        }
        return new Bins(edges, binned);
    }

    /**
     * Bins of a histogram.
     *
     * @param edges  bin edges, ascending, one more than the counts
     * @param counts values per bin
     */
    public record Bins(double[] edges, long[] counts) {

        /** Copies the arrays. */
        public Bins {
            edges = edges.clone();
            counts = counts.clone();
        }

        /** @return a copy of the edges */
        @Override
        public double[] edges() {
            return edges.clone();
        }

        /** @return a copy of the counts */
        @Override
        public long[] counts() {
            return counts.clone();
        }

        /** @return the sum of the counts */
        public long total() {
            return Arrays.stream(counts).sum();
        }
    }
}
