package io.dip.sim.recording;

import java.math.BigInteger;

/**
 * Writes a double as the shortest decimal text that parses back to the same double, into a caller-owned byte
 * array, without allocating: the Schubfach algorithm of R. Giulietti ("The Schubfach way to render doubles",
 * 2020), the one behind {@code Double.toString} since Java 19.
 *
 * <p>Java 17's {@code Double.toString} and {@code StringBuilder.append(double)} build a {@code String} and, for
 * most values, big-integer temporaries; a recorder writing millions of rows would produce garbage at every
 * step. This formatter needs only a table of 617 128-bit powers of ten, computed once with
 * {@link BigInteger} when the class loads.
 *
 * <p>Layout as {@code Double.toString}: plain notation ({@code 0.001}, {@code 12.5}, {@code 3.0}) for
 * {@code 10⁻³ ≤ |v| < 10⁷}, otherwise one digit before the point and an exponent ({@code 1.5E-7},
 * {@code 2.0E10}); {@code NaN}, {@code Infinity}, {@code -Infinity}, {@code 0.0}, {@code -0.0}. The digits may be
 * fewer than Java 17's (which is not always shortest), never more, and always round-trip through
 * {@link Double#parseDouble}.
 */
public final class ShortestDoubleFormatter {

    /** Longest text this formatter writes, e.g. {@code -2.2250738585072014E-308} (24 bytes). */
    public static final int MAX_LENGTH = 24;

    private static final int PRECISION = 53;
    private static final int Q_MIN = -1074;
    private static final long C_MIN = 1L << (PRECISION - 1);
    private static final int BQ_MASK = 0x7FF;
    private static final long T_MASK = (1L << (PRECISION - 1)) - 1;
    private static final long C_TINY = 3;
    private static final int K_MIN = -324;
    private static final int K_MAX = 292;
    private static final long MASK_63 = (1L << 63) - 1;
    /** ⌊2⁶⁴/10⌋ + 1 shifted: {@code multiplyHigh(s, this) = ⌊s/10⌋} for the s that occur. */
    private static final long ONE_TENTH = 115_292_150_460_684_698L << 4;
    private static final int PLAIN_MIN_EXPONENT = -3;
    private static final int PLAIN_MAX_EXPONENT = 7;

    /** g1(k), g0(k) interleaved for k = K_MIN..K_MAX: 10^(−k) = β·2^r, 2¹²⁵ ≤ β < 2¹²⁶, g = ⌊β⌋ + 1. */
    private static final long[] G = powersOfTen();

    private static final byte[] NAN = {'N', 'a', 'N'};
    private static final byte[] INFINITY = {'I', 'n', 'f', 'i', 'n', 'i', 't', 'y'};

    private ShortestDoubleFormatter() {
    }

    /**
     * Writes {@code v} at {@code out[pos]}.
     *
     * @param v   the value
     * @param out destination with at least {@link #MAX_LENGTH} bytes free from {@code pos}
     * @param pos where to start writing
     * @return the position after the last byte written
     */
    public static int format(double v, byte[] out, int pos) {
        long bits = Double.doubleToRawLongBits(v);
        long t = bits & T_MASK;
        int bq = (int) (bits >>> (PRECISION - 1)) & BQ_MASK;
        if (bq == BQ_MASK) {
            if (t != 0) {
                return copy(NAN, out, pos);
            }
            if (bits < 0) {
                out[pos++] = '-';
            }
            return copy(INFINITY, out, pos);
        }
        if (bits < 0) {
            out[pos++] = '-';
        }
        if (bq != 0) {
            int mq = -Q_MIN + 1 - bq;
            long c = C_MIN | t;
            if (0 < mq && mq < PRECISION) {
                long f = c >> mq;
                if (f << mq == c) {
                    return writeDecimal(f, 0, out, pos);
                }
            }
            return toDecimal(-mq, c, 0, out, pos);
        }
        if (t != 0) {
            return t < C_TINY ? toDecimal(Q_MIN, 10 * t, -1, out, pos) : toDecimal(Q_MIN, t, 0, out, pos);
        }
        out[pos++] = '0';
        out[pos++] = '.';
        out[pos++] = '0';
        return pos;
    }

    /** Finds the shortest decimal f·10^e in the rounding interval of c·2^q (section 9 of the paper). */
    private static int toDecimal(int q, long c, int dk, byte[] out, int pos) {
        int odd = (int) c & 0x1;
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (c != C_MIN || q == Q_MIN) {
            cbl = cb - 2;
            k = floorLog10Pow2(q);
        } else {
            cbl = cb - 1;
            k = floorLog10ThreeQuartersPow2(q);
        }
        int h = q + floorLog2Pow10(-k) + 2;
        int index = (k - K_MIN) << 1;
        long g1 = G[index];
        long g0 = G[index + 1];
        long vb = roundToOdd(g1, g0, cb << h);
        long vbl = roundToOdd(g1, g0, cbl << h);
        long vbr = roundToOdd(g1, g0, cbr << h);
        long s = vb >> 2;
        if (s >= 100) {
            long sp10 = 10 * Math.multiplyHigh(s, ONE_TENTH);
            long tp10 = sp10 + 10;
            boolean upin = vbl + odd <= sp10 << 2;
            boolean wpin = (tp10 << 2) + odd <= vbr;
            if (upin != wpin) {
                return writeDecimal(upin ? sp10 : tp10, k + dk, out, pos);
            }
        }
        long next = s + 1;
        boolean uin = vbl + odd <= s << 2;
        boolean win = (next << 2) + odd <= vbr;
        if (uin != win) {
            return writeDecimal(uin ? s : next, k + dk, out, pos);
        }
        long cmp = vb - ((s + next) << 1);
        return writeDecimal(cmp < 0 || cmp == 0 && (s & 0x1) == 0 ? s : next, k + dk, out, pos);
    }

    /** Rounds g·cp/2¹²⁷ to odd (the paper's rop). */
    private static long roundToOdd(long g1, long g0, long cp) {
        long x1 = Math.multiplyHigh(g0, cp);
        long y0 = g1 * cp;
        long y1 = Math.multiplyHigh(g1, cp);
        long z = (y0 >>> 1) + x1;
        long vbp = y1 + (z >>> 63);
        return vbp | ((z & MASK_63) + MASK_63) >>> 63;
    }

    /** Writes f·10^e (f &gt; 0) in the layout of the class description. */
    private static int writeDecimal(long f, int e, byte[] out, int pos) {
        while (f % 10 == 0) {
            f /= 10;
            e++;
        }
        int digits = digitCount(f);
        int exponent = e + digits - 1;
        if (exponent >= PLAIN_MIN_EXPONENT && exponent < PLAIN_MAX_EXPONENT) {
            if (exponent >= 0) {
                int integerDigits = exponent + 1;
                if (digits <= integerDigits) {
                    pos = writeDigits(f, digits, out, pos);
                    for (int i = digits; i < integerDigits; i++) {
                        out[pos++] = '0';
                    }
                    out[pos++] = '.';
                    out[pos++] = '0';
                    return pos;
                }
                // digits one byte to the right, then the integer digits back by one to open the point's place
                int end = writeDigits(f, digits, out, pos + 1);
                System.arraycopy(out, pos + 1, out, pos, integerDigits);
                out[pos + integerDigits] = '.';
                return end;
            }
            out[pos++] = '0';
            out[pos++] = '.';
            for (int i = -1; i > exponent; i--) {
                out[pos++] = '0';
            }
            return writeDigits(f, digits, out, pos);
        }
        // scientific: first digit, point, the other digits (at least one), exponent
        int end = writeDigits(f, digits, out, pos + 1);
        out[pos] = out[pos + 1];
        out[pos + 1] = '.';
        if (digits == 1) {
            out[end++] = '0';
        }
        out[end++] = 'E';
        if (exponent < 0) {
            out[end++] = '-';
            exponent = -exponent;
        }
        if (exponent >= 100) {
            out[end++] = (byte) ('0' + exponent / 100);
            exponent %= 100;
            out[end++] = (byte) ('0' + exponent / 10);
        } else if (exponent >= 10) {
            out[end++] = (byte) ('0' + exponent / 10);
        }
        out[end++] = (byte) ('0' + exponent % 10);
        return end;
    }

    private static int writeDigits(long f, int digits, byte[] out, int pos) {
        int end = pos + digits;
        for (int i = end - 1; i >= pos; i--) {
            out[i] = (byte) ('0' + (int) (f % 10));
            f /= 10;
        }
        return end;
    }

    private static int digitCount(long f) {
        int digits = 1;
        long bound = 10;
        while (digits < 19 && f >= bound) {
            digits++;
            bound *= 10;
        }
        return digits;
    }

    private static int copy(byte[] text, byte[] out, int pos) {
        System.arraycopy(text, 0, out, pos, text.length);
        return pos + text.length;
    }

    /** ⌊q·log10(2)⌋ for |q| ≤ 5456721. */
    private static int floorLog10Pow2(int q) {
        return (int) (q * 661_971_961_083L >> 41);
    }

    /** ⌊log10(¾·2^q)⌋ for |q| ≤ 5456721. */
    private static int floorLog10ThreeQuartersPow2(int q) {
        return (int) (q * 661_971_961_083L + -274_743_187_321L >> 41);
    }

    /** ⌊e·log2(10)⌋ for |e| ≤ 1233. */
    private static int floorLog2Pow10(int e) {
        return (int) (e * 913_124_641_741L >> 38);
    }

    private static long[] powersOfTen() {
        long[] table = new long[(K_MAX - K_MIN + 1) * 2];
        BigInteger mask63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int k = K_MIN; k <= K_MAX; k++) {
            int r = floorLog2Pow10(-k) - 125;
            BigInteger beta;
            if (k <= 0) {
                BigInteger power = BigInteger.TEN.pow(-k);
                beta = r >= 0 ? power.shiftRight(r) : power.shiftLeft(-r);
            } else {
                beta = BigInteger.ONE.shiftLeft(-r).divide(BigInteger.TEN.pow(k));
            }
            BigInteger g = beta.add(BigInteger.ONE);
            int index = (k - K_MIN) << 1;
            table[index] = g.shiftRight(63).longValueExact();
            table[index + 1] = g.and(mask63).longValueExact();
        }
        return table;
    }
}
