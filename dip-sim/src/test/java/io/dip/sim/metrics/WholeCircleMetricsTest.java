package io.dip.sim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The measures of a controller that works over the whole circle use angles wrapped to (−π, π]; the swing-up time
 * is the first sample from which both links stay within 0.05 rad; mode switches count the changes of the mode.
 */
class WholeCircleMetricsTest {

    private static final double DT = 0.1;
    private static final double TURN = 2 * Math.PI;

    private static RunMetrics feed(boolean wholeCircle, double[] theta1, double[] theta2, double[] modes) {
        MetricsAccumulator metrics = new MetricsAccumulator(DT, 10, CostFunction.DEFAULTS, wholeCircle);
        double[] x = new double[6];
        for (int k = 0; k < theta1.length; k++) {
            x[1] = theta1[k];
            x[2] = theta2[k];
            metrics.accept(k * DT, x, 0, 0);
            if (modes != null) {
                metrics.acceptMode(modes[k]);
            }
        }
        return metrics.finish(x, Outcome.SUCCESS, Double.NaN);
    }

    @Test
    void aFullTurnCountsAsUprightWhenAnglesAreWrapped() {
        double[] theta1 = {Math.PI, 2.0, 1.0, 0.04 + TURN, 0.01 + TURN, TURN};
        double[] theta2 = {Math.PI, 2.5, 0.5, -0.03, 0.0, 0.0};
        RunMetrics wrapped = feed(true, theta1, theta2, null);
        assertTrue(wrapped.wholeCircle());
        assertEquals(0.3, wrapped.swingUpTime(), 1e-12, "inside 0.05 rad from k = 3 to the end");
        assertEquals(0.3, wrapped.settlingTime(), 1e-12, "last time outside 0.02 rad is k = 3");
        double ise = DT * (2 * Math.PI * Math.PI + 4 + 6.25 + 1 + 0.25 + 0.04 * 0.04 + 0.03 * 0.03 + 0.01 * 0.01);
        assertEquals(ise, wrapped.stateError(), 1e-9, "ISE of the wrapped angles");
        RunMetrics raw = feed(false, theta1, theta2, null);
        assertFalse(raw.wholeCircle());
        assertTrue(Double.isNaN(raw.swingUpTime()), "unwrapped, the run ends 2π away from upright");
    }

    @Test
    void aRunThatEndsOutsideTheBandHasNoSwingUpTime() {
        RunMetrics m = feed(true, new double[] {0.0, 0.01, 0.2}, new double[] {0, 0, 0}, null);
        assertTrue(Double.isNaN(m.swingUpTime()));
        RunMetrics always = feed(true, new double[] {0.0, 0.01, 0.02}, new double[] {0, 0, 0}, null);
        assertEquals(0.0, always.swingUpTime(), "never outside the band");
    }

    @Test
    void modeSwitchesCountChangesOfTheModeDiagnostic() {
        double[] zeros = new double[7];
        RunMetrics m = feed(true, zeros, zeros, new double[] {1, 1, 2, 3, 3, 2, 3});
        assertEquals(4, m.modeSwitches());
        assertEquals(0, feed(true, zeros, zeros, null).modeSwitches(), "no mode diagnostic, no switch");
        assertEquals(4.0, Metric.MODE_SWITCHES.of(m));
    }
}
