package io.dip.sim.montecarlo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Summary of a sample: size n, mean, sample standard deviation (divisor n − 1) and the 95 % confidence interval of
 * the mean, {@code mean ± t_{0.975, n−1}·std/√n} (Student's t). With n = 0 every figure is NaN; with n = 1 the
 * standard deviation and the interval are NaN.
 *
 * @param n     sample size
 * @param mean  mean
 * @param std   sample standard deviation
 * @param ciLow lower end of the 95 % confidence interval of the mean
 * @param ciHigh upper end of the 95 % confidence interval of the mean
 */
public record Statistic(int n, double mean, double std, double ciLow, double ciHigh) {

    /**
     * @param values the sample (non-finite values are skipped)
     * @return its summary
     */
    public static Statistic of(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                n++;
                sum += v;
            }
        }
        if (n == 0) {
            return new Statistic(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        if (n == 1) {
            return new Statistic(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        double std = Math.sqrt(squares / (n - 1));
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * std / Math.sqrt(n);
        return new Statistic(n, mean, std, mean - half, mean + half);
    }

    /** @return the figures with their keys, for result files */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("n", n);
        map.put("mean", mean);
        map.put("std", std);
        map.put("ci95_low", ciLow);
        map.put("ci95_high", ciHigh);
        return map;
    }
}
