package io.dip.controllers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The hot-path tanh agrees with {@link StrictMath#tanh} to 4 ulp everywhere and keeps its special values. */
class HyperbolicTangentTest {

    private static void assertWithinUlps(double x, int ulps) {
        double expected = StrictMath.tanh(x);
        double actual = HyperbolicTangent.tanh(x);
        double allowed = ulps * Math.ulp(expected);
        assertTrue(Math.abs(actual - expected) <= allowed,
                () -> "tanh(" + x + ") = " + actual + ", expected " + expected + " within " + ulps + " ulp");
        assertEquals(-actual, HyperbolicTangent.tanh(-x), 0.0, () -> "odd at " + x);
    }

    @Test
    void agreesWithStrictMathOnADenseSweep() {
        for (int i = -400_000; i <= 400_000; i++) {
            assertWithinUlps(i * 6e-5, 4);
        }
    }

    @Test
    void agreesWithStrictMathAcrossMagnitudes() {
        SplittableRandom random = new SplittableRandom(5L);
        for (int i = 0; i < 400_000; i++) {
            assertWithinUlps(Math.scalb(random.nextDouble(), 6 - random.nextInt(80)), 4);
        }
    }

    @Test
    void keepsSpecialValuesAndBranchEdges() {
        assertEquals(0.0, HyperbolicTangent.tanh(0.0), 0.0);
        assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(HyperbolicTangent.tanh(-0.0)));
        assertTrue(Double.isNaN(HyperbolicTangent.tanh(Double.NaN)));
        assertEquals(1.0, HyperbolicTangent.tanh(Double.POSITIVE_INFINITY), 0.0);
        assertEquals(-1.0, HyperbolicTangent.tanh(Double.NEGATIVE_INFINITY), 0.0);
        assertEquals(Double.MIN_VALUE, HyperbolicTangent.tanh(Double.MIN_VALUE), 0.0);
        for (double edge : new double[] {0x1p-28, 0.5, 22.0}) {
            assertWithinUlps(edge, 4);
            assertWithinUlps(Math.nextDown(edge), 4);
        }
    }
}
