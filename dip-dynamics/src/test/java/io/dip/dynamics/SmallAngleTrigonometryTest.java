package io.dip.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SmallAngleTrigonometryTest {

    private static final double LIMIT = SmallAngleTrigonometry.POLYNOMIAL_LIMIT;

    @Test
    void isWithinOneUlpOfStrictMathUpToAQuarterTurn() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double x = (2 * random.nextDouble() - 1) * LIMIT;
            assertWithinOneUlp(StrictMath.sin(x), SmallAngleTrigonometry.sin(x), "sin " + x);
            assertWithinOneUlp(StrictMath.cos(x), SmallAngleTrigonometry.cos(x), "cos " + x);
        }
        for (double x : new double[] {LIMIT, -LIMIT, 1e-300, -Double.MIN_VALUE, 0x1p-27}) {
            assertWithinOneUlp(StrictMath.sin(x), SmallAngleTrigonometry.sin(x), "sin " + x);
            assertWithinOneUlp(StrictMath.cos(x), SmallAngleTrigonometry.cos(x), "cos " + x);
        }
    }

    @Test
    void isWithinOneUlpOfStrictMathOnTheShortPolynomials() {
        SplittableRandom random = new SplittableRandom(11);
        double limit = SmallAngleTrigonometry.SHORT_POLYNOMIAL_LIMIT;
        for (int i = 0; i < 200_000; i++) {
            double x = (2 * random.nextDouble() - 1) * limit;
            assertWithinOneUlp(StrictMath.sin(x), SmallAngleTrigonometry.sin(x), "sin " + x);
            assertWithinOneUlp(StrictMath.cos(x), SmallAngleTrigonometry.cos(x), "cos " + x);
        }
        for (double x : new double[] {limit, -limit, Math.nextUp(limit), Math.nextDown(-limit)}) {
            assertWithinOneUlp(StrictMath.sin(x), SmallAngleTrigonometry.sin(x), "sin " + x);
            assertWithinOneUlp(StrictMath.cos(x), SmallAngleTrigonometry.cos(x), "cos " + x);
        }
    }

    @Test
    void belowTwoToTheMinus27IsTheCorrectlyRoundedXAndOne() {
        for (double x : new double[] {Math.nextDown(0x1p-27), -Math.nextDown(0x1p-27), 1e-100, -Double.MIN_VALUE}) {
            assertEquals(x, SmallAngleTrigonometry.sin(x), "sin " + x);
            assertEquals(1.0, SmallAngleTrigonometry.cos(x), "cos " + x);
        }
    }

    @Test
    void keepsTheSignOfZeroAndGivesExactValuesAtZero() {
        assertEquals(0.0, SmallAngleTrigonometry.sin(0.0));
        assertEquals(-0.0, SmallAngleTrigonometry.sin(-0.0));
        assertEquals(1.0, SmallAngleTrigonometry.cos(0.0));
    }

    @Test
    void beyondAQuarterTurnAndForNonFiniteArgumentsIsMathSinAndCos() {
        for (double x : new double[] {Math.nextUp(LIMIT), -1.0, 3.0, 1e6, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertEquals(Math.sin(x), SmallAngleTrigonometry.sin(x), "sin " + x);
            assertEquals(Math.cos(x), SmallAngleTrigonometry.cos(x), "cos " + x);
        }
    }

    private static void assertWithinOneUlp(double expected, double actual, String what) {
        assertTrue(Math.abs(actual - expected) <= Math.ulp(expected), what + ": " + actual + " vs " + expected);
    }
}
