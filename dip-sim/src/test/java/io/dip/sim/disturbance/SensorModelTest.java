package io.dip.sim.disturbance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.testkit.measure.AllocationAssertions;
import org.junit.jupiter.api.Test;

class SensorModelTest {

    private static final double[] NONE = new double[6];

    @Test
    void identityCopiesTheState() {
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = new double[6];
        assertTrue(SensorModel.IDENTITY.isIdentity());
        SensorModel.IDENTITY.measure(0, 0, x, y);
        assertArrayEquals(x, y);
    }

    @Test
    void quantisationRoundsToTheNearestStep() {
        SensorModel sensor = new SensorModel(NONE, new double[] {0.1, 0.01, 0, 0, 0, 0.5});
        assertFalse(sensor.isIdentity());
        double[] y = new double[6];
        sensor.measure(0, 0, new double[] {0.26, -0.0149, 0.123456, 1, 2, 0.74}, y);
        assertEquals(0.3, y[0], 1e-15);
        assertEquals(-0.01, y[1], 1e-15);
        assertEquals(0.123456, y[2]);
        assertEquals(0.5, y[5]);
        sensor.measure(0, 0, new double[] {-0.24, 0, 0, 0, 0, 0.76}, y);
        assertEquals(-0.2, y[0], 1e-15);
        assertEquals(1.0, y[5]);
    }

    @Test
    void noiseHasTheGivenSpreadPerComponentAndIsReproducible() {
        double[] std = {0.001, 0.0, 0.02, 0.1, 0.0, 1.0};
        SensorModel sensor = new SensorModel(std, NONE);
        double[] x = {1, 2, 3, 4, 5, 6};
        double[] y = new double[6];
        double[] sum = new double[6];
        double[] sumSq = new double[6];
        int n = 100_000;
        for (int k = 0; k < n; k++) {
            sensor.measure(17, k, x, y);
            for (int i = 0; i < 6; i++) {
                sum[i] += y[i] - x[i];
                sumSq[i] += (y[i] - x[i]) * (y[i] - x[i]);
            }
        }
        for (int i = 0; i < 6; i++) {
            double mean = sum[i] / n;
            assertEquals(0.0, mean, 5 * std[i] / Math.sqrt(n) + 1e-300, "mean of component " + i);
            assertEquals(std[i], Math.sqrt(sumSq[i] / n - mean * mean), 0.02 * std[i] + 1e-300, "std " + i);
        }
        double[] again = new double[6];
        sensor.measure(17, 123, x, y);
        sensor.measure(17, 123, x, again);
        assertArrayEquals(y, again);
        sensor.measure(18, 123, x, again);
        assertTrue(again[5] != y[5]);
    }

    @Test
    void badSettingsNameComponentAndKey() {
        DisturbanceTest.assertMessage("sensor.noise_std[3] (x_dot)",
                () -> new SensorModel(new double[] {0, 0, 0, -1, 0, 0}, NONE));
        DisturbanceTest.assertMessage("sensor.quantization needs 6", () -> new SensorModel(NONE, new double[5]));
    }

    @Test
    void measureAllocatesNothing() {
        SensorModel sensor = new SensorModel(new double[] {1e-3, 1e-3, 1e-3, 1e-2, 1e-2, 1e-2},
                new double[] {1e-4, 1e-3, 0, 0, 0, 1e-3});
        double[] x = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
        double[] y = new double[6];
        long[] step = new long[1];
        AllocationAssertions.assertAllocationFree("SensorModel.measure", () -> sensor.measure(5, step[0]++, x, y));
    }
}
