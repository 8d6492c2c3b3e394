package io.dip.sim.montecarlo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Summary of a sample: size n, mean, sample standard deviation (divisor n − 1) and the 95 % confidence interval of
 * the mean, {@code mean ± t_{0.975, n−1}·std/√n} (Student's t). With n = 0 every figure is NaN (null in result
 * files); with n = 1 the standard deviation and the interval are NaN.
 *
 * @param n      sample size
 * @param mean   mean
 * @param std    sample standard deviation
 * @param ciLow  lower end of the 95 % confidence interval of the mean
 * @param ciHigh upper end of the 95 % confidence interval of the mean
 */
public record Statistic(long n, double mean, double std, double ciLow, double ciHigh) {

    /**
     * @param n    sample size
     * @param mean sample mean
     * @param m2   sum of squared deviations from the mean, Σ(x − mean)²
     * @return the summary
     */
    public static Statistic fromMoments(long n, double mean, double m2) {
        if (n == 0) {
            return new Statistic(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        if (n == 1) {
            return new Statistic(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double std = Math.sqrt(m2 / (n - 1));
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * std / Math.sqrt(n);
        return new Statistic(n, mean, std, mean - half, mean + half);
    }

    /** @return the figures with their keys, for result files (a figure that does not exist is null) */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("n", n);
        map.put("mean", finiteOrNull(mean));
        map.put("std", finiteOrNull(std));
        map.put("ci95_low", finiteOrNull(ciLow));
        map.put("ci95_high", finiteOrNull(ciHigh));
        return map;
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
