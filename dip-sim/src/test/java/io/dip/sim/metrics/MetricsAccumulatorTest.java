package io.dip.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.testkit.measure.AllocationAssertions;
import org.junit.jupiter.api.Test;

class MetricsAccumulatorTest {

    private static RunMetrics feed(double[] theta1, double[] theta2, double[] u) {
        MetricsAccumulator metrics = new MetricsAccumulator(0.1, 10, CostFunction.DEFAULTS);
        double[] x = new double[6];
        for (int k = 0; k < u.length; k++) {
            x[1] = theta1[k];
            x[2] = theta2[k];
            metrics.accept(k * 0.1, x, u[k], 0);
        }
        return metrics.finish(x, false, Double.NaN, false);
    }

    @Test
    void settlingOvershootPeakAndChatteringFollowTheirDefinitions() {
        double[] theta1 = {0.1, 0.05, -0.03, -0.01, 0.015, 0.005, 0.0};
        double[] theta2 = {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0};
        double[] u = {1, -2, 4, 4, 0, 3, -1};
        RunMetrics m = feed(theta1, theta2, u);
        assertEquals(0.2, m.settlingTime(), 1e-15, "last time max|θ| > 0.02 is k = 2");
        assertEquals(0.03, m.overshoot(), 1e-15, "max |θ1| from its first zero crossing (k = 2) on");
        assertEquals(4.0, m.peakControl());
        assertEquals((3 + 6 + 0 + 4 + 3 + 4) / (7 * 0.1), m.chatteringIndex(), 1e-12);
        assertEquals(9 + 36 + 0 + 16 + 9 + 16, m.controlRate(), 1e-12);
        assertEquals(0.1 * (1 + 4 + 16 + 16 + 0 + 9 + 1), m.controlEffort(), 1e-12);
    }

    @Test
    void overshootTakesTheWorseLinkAndSettlingTheLaterOne() {
        double[] theta1 = {0.3, 0.1, -0.05, -0.01, 0.0};
        double[] theta2 = {-0.2, -0.1, -0.05, 0.04, 0.06};
        double[] u = {0, 0, 0, 0, 0};
        RunMetrics m = feed(theta1, theta2, u);
        assertEquals(0.4, m.settlingTime(), 1e-15);
        assertEquals(0.06, m.overshoot(), 1e-15);
        assertEquals(0.0, m.chatteringIndex());
    }

    @Test
    void aRunThatNeverLeavesTheBandOrCrossesZeroHasZeroSettlingAndOvershoot() {
        RunMetrics m = feed(new double[] {0.01, 0.015, 0.012}, new double[] {-0.01, -0.005, -0.001},
                new double[] {1, 1, 1});
        assertEquals(0.0, m.settlingTime());
        assertEquals(0.0, m.overshoot());
    }

    @Test
    void acceptAllocatesNothing() {
        MetricsAccumulator metrics = new MetricsAccumulator(1e-3, 1000, CostFunction.DEFAULTS);
        double[] x = {0.1, 0.2, -0.1, 0, 0, 0};
        long[] k = new long[1];
        AllocationAssertions.assertAllocationFree("MetricsAccumulator.accept", () -> {
            x[1] = Math.sin(k[0] * 1e-3);
            metrics.accept(k[0] * 1e-3, x, Math.cos(k[0]++ * 1e-2), 0.1);
        });
        assertEquals(k[0], metrics.samples());
    }
}
