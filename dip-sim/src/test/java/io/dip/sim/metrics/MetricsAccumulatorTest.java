package io.dip.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetricsAccumulatorTest {

    private static final double[] UPRIGHT = new double[6];

    private static RunMetrics feed(double[] theta1, double[] theta2, double[] u) {
        return feed(theta1, theta2, u, UPRIGHT, Outcome.SUCCESS);
    }

    private static RunMetrics feed(double[] theta1, double[] theta2, double[] u, double[] end, Outcome outcome) {
        MetricsAccumulator metrics = new MetricsAccumulator(0.1, 10, CostFunction.DEFAULTS);
        double[] x = new double[6];
        for (int k = 0; k < u.length; k++) {
            x[1] = theta1[k];
            x[2] = theta2[k];
            metrics.accept(k * 0.1, x, u[k], 0);
        }
        return metrics.finish(end, outcome, 0.3);
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
    void aRunThatEndsOutsideTheBandHasNotSettled() {
        double[] theta1 = {0.3, 0.1, -0.05, 0.0};
        double[] zero = {0, 0, 0, 0};
        RunMetrics inside = feed(theta1, zero, zero, new double[] {0, 0.019, -0.019, 0, 0, 0}, Outcome.SUCCESS);
        assertTrue(inside.settled());
        assertEquals(0.2, inside.settlingTime(), 1e-15);
        RunMetrics outside = feed(theta1, zero, zero, new double[] {0, 0.0, -0.021, 0, 0, 0}, Outcome.SUCCESS);
        assertFalse(outside.settled(), "the end state is outside the band");
        assertTrue(Double.isNaN(Metric.SETTLING_TIME.of(outside)));
        assertTrue(outside.applicable(), "its other measures still apply");
        assertEquals(0.05, Metric.OVERSHOOT.of(outside), 0.0);
        assertNull(outside.describe().get("settling_time"));
        assertEquals(false, outside.describe().get("settled"));
    }

    @Test
    void aFailedOrThrowingRunHasNoMeasuresButACost() {
        double[] theta1 = {0.3, 0.1, -0.01, 0.0};
        double[] zero = {0, 0, 0, 0};
        for (Outcome outcome : new Outcome[] {Outcome.FAILURE, Outcome.ERROR, Outcome.CANCELLED}) {
            RunMetrics m = feed(theta1, zero, zero, UPRIGHT, outcome);
            assertFalse(m.applicable(), outcome.name());
            for (Metric metric : Metric.values()) {
                if (metric != Metric.COST) {
                    assertTrue(Double.isNaN(metric.of(m)), outcome + " " + metric);
                    assertNull(m.describe().get(metric.key()), outcome + " " + metric);
                }
            }
        }
        double penalty = CostFunction.DEFAULTS.failurePenalty();
        assertEquals(penalty + penalty * (10 - 0.3) / 10, feed(theta1, zero, zero, UPRIGHT, Outcome.ERROR).cost(),
                1e-12, "an error at 0.3 s of 10 s costs the penalty plus the failure term");
        assertTrue(Double.isNaN(feed(theta1, zero, zero, UPRIGHT, Outcome.CANCELLED).cost()));
    }
}
