package io.dip.sim.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.testkit.measure.AllocationAssertions;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ShortestDoubleFormatterTest {

    private static String format(double v) {
        byte[] out = new byte[ShortestDoubleFormatter.MAX_LENGTH + 8];
        int end = ShortestDoubleFormatter.format(v, out, 3);
        assertTrue(end - 3 <= ShortestDoubleFormatter.MAX_LENGTH, "length of " + v);
        return new String(out, 3, end - 3, StandardCharsets.US_ASCII);
    }

    @Test
    void usesTheLayoutOfDoubleToString() {
        assertEquals("0.0", format(0.0));
        assertEquals("-0.0", format(-0.0));
        assertEquals("1.0", format(1.0));
        assertEquals("-2.5", format(-2.5));
        assertEquals("0.1", format(0.1));
        assertEquals("0.001", format(0.001));
        assertEquals("9.99E-4", format(0.000999));
        assertEquals("1234567.0", format(1234567.0));
        assertEquals("1.0E7", format(1e7));
        assertEquals("1.2345E10", format(1.2345e10));
        assertEquals("0.35000000000000003", format(0.35000000000000003));
        assertEquals("100.0", format(100));
        assertEquals("123.456", format(123.456));
        assertEquals("4.9E-324", format(Double.MIN_VALUE));
        assertEquals("1.7976931348623157E308", format(Double.MAX_VALUE));
        assertEquals("2.2250738585072014E-308", format(Double.MIN_NORMAL));
        assertEquals("NaN", format(Double.NaN));
        assertEquals("Infinity", format(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", format(Double.NEGATIVE_INFINITY));
        assertEquals("-1.0E-100", format(-1e-100));
    }

    /** Java 17 prints 2.0E23 as 1.9999999999999998E23, which is not the shortest text. */
    @Test
    void isShortestWhereJava17IsNot() {
        assertEquals("2.0E23", format(2e23));
        assertEquals(2e23, Double.parseDouble(format(2e23)));
        assertEquals("1.0E23", format(1e23));
    }

    @Test
    void everyTextParsesBackToTheSameDoubleAndIsNeverLongerThanDoubleToString() {
        SplittableRandom random = new SplittableRandom(2024);
        for (int i = 0; i < 300_000; i++) {
            double v = switch (i % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(-12, 12));
                case 2 -> Double.longBitsToDouble(random.nextLong(0, 1L << 53));
                default -> random.nextLong(-100_000_000_000L, 100_000_000_000L) / Math.pow(10, random.nextInt(0, 12));
            };
            String text = format(v);
            assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(Double.parseDouble(text)), text);
            assertTrue(text.length() <= Double.toString(v).length(), text + " vs " + Double.toString(v));
        }
    }

    @Test
    void powersOfTwoAndTenAndTheirNeighboursRoundTrip() {
        for (int e = -1074; e <= 1023; e++) {
            double p = Math.scalb(1.0, e);
            for (double v : new double[] {p, Math.nextUp(p), Math.nextDown(p)}) {
                assertEquals(v, Double.parseDouble(format(v)));
            }
        }
        for (int e = -323; e <= 308; e++) {
            double p = Double.parseDouble("1e" + e);
            for (double v : new double[] {p, Math.nextUp(p), Math.nextDown(p)}) {
                assertEquals(v, Double.parseDouble(format(v)));
            }
        }
    }

    @Test
    void formattingAllocatesNothing() {
        byte[] out = new byte[64];
        double[] values = new double[1000];
        SplittableRandom random = new SplittableRandom(5);
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble(-10, 10) * Math.pow(10, random.nextInt(-8, 8));
        }
        int[] i = new int[1];
        AllocationAssertions.assertAllocationFree("ShortestDoubleFormatter.format",
                () -> ShortestDoubleFormatter.format(values[i[0]++ % values.length], out, 0));
    }
}
