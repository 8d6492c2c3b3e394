package io.dip.sim.realtime;

import java.util.Arrays;
import org.HdrHistogram.AbstractHistogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * A latency histogram in logarithmic buckets, for plotting: bucket i holds the calls whose latency lies in
 * {@code (upperNanos[i−1], upperNanos[i]]}.
 *
 * @param upperNanos upper edge of each bucket (ns), increasing
 * @param counts     calls per bucket
 */
public record LatencyDistribution(double[] upperNanos, long[] counts) {

    /** Width ratio of consecutive buckets. */
    public static final double LOG_BASE = 1.25;
    /** Upper edge of the first bucket (ns). */
    public static final long FIRST_BUCKET_NANOS = 10;

    /** Checks the lengths and copies the arrays. */
    public LatencyDistribution {
        if (upperNanos.length != counts.length) {
            throw new IllegalArgumentException("need one count per bucket, got " + upperNanos.length
                    + " edges and " + counts.length + " counts");
        }
        upperNanos = upperNanos.clone();
        counts = counts.clone();
    }

    /**
     * @param histogram recorded latencies (ns)
     * @return its buckets from {@value #FIRST_BUCKET_NANOS} ns up to the largest value, each
     *         {@value #LOG_BASE} times wider than the previous
     */
    public static LatencyDistribution of(AbstractHistogram histogram) {
        int n = 0;
        double[] edges = new double[64];
        long[] counts = new long[64];
        for (HistogramIterationValue v : histogram.logarithmicBucketValues(FIRST_BUCKET_NANOS, LOG_BASE)) {
            if (n == edges.length) {
                edges = Arrays.copyOf(edges, 2 * n);
                counts = Arrays.copyOf(counts, 2 * n);
            }
            edges[n] = v.getValueIteratedTo();
            counts[n] = v.getCountAddedInThisIterationStep();
            n++;
        }
        return new LatencyDistribution(Arrays.copyOf(edges, n), Arrays.copyOf(counts, n));
    }

    /** @return the upper bucket edges (a copy) */
    @Override
    public double[] upperNanos() {
        return upperNanos.clone();
    }

    /** @return the bucket counts (a copy) */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** @return the number of calls counted */
    public long total() {
        return Arrays.stream(counts).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LatencyDistribution d && Arrays.equals(upperNanos, d.upperNanos)
                && Arrays.equals(counts, d.counts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(upperNanos) + Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "LatencyDistribution" + Arrays.toString(upperNanos) + Arrays.toString(counts);
    }
}
