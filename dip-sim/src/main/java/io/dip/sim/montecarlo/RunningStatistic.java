package io.dip.sim.montecarlo;

/**
 * Mean and variance of a stream of values in constant memory, by Welford's update:
 *
 * <pre>
 * n ← n + 1;  δ = x − mean;  mean ← mean + δ/n;  M2 ← M2 + δ·(x − mean)
 * variance = M2/(n − 1)
 * </pre>
 *
 * Non-finite values are skipped. Not thread-safe; values are added in a fixed order (run index) so that the result
 * does not depend on the number of threads.
 */
public final class RunningStatistic {

    private long n;
    private double mean;
    private double m2;

    /** @param value a sample value (skipped when not finite) */
    public void add(double value) {
        if (!Double.isFinite(value)) {
            return;
        }
        n++;
        double delta = value - mean;
        mean += delta / n;
        m2 += delta * (value - mean);
    }

    /** @return the number of finite values added */
    public long count() {
        return n;
    }

    /** @return the summary of the values so far (see {@link Statistic}) */
    public Statistic summary() {
        return Statistic.fromMoments(n, mean, m2);
    }
}
