package io.dip.dynamics;

/**
 * {@code sin x} and {@code cos x} for the hot path of the plant models, where the link angles stay near upright:
 * their Taylor series evaluated by Horner's rule, within 1 ulp of {@link StrictMath#sin}/{@link StrictMath#cos}
 * (checked on 2·10⁶ random arguments), as short as the argument allows:
 *
 * <ul>
 *   <li>|x| &lt; 2⁻²⁷: sin x = x and cos x = 1, the correctly rounded values (x³/6 and x²/2 are below half an
 *       ulp); a run decayed to the zero state takes only this path;</li>
 *   <li>|x| ≤ 1/8 (a pendulum being held): sin to x¹¹, cos to x¹² (truncation below 1e-21);</li>
 *   <li>|x| ≤ π/4: sin to x¹⁷, cos to x¹⁸ (truncation below 2e-19);</li>
 *   <li>beyond, and NaN and ±∞: {@link Math#sin}/{@link Math#cos}.</li>
 * </ul>
 *
 * <p>On Java 17 the two long polynomials together cost about a third of the {@code Math.sin} and {@code Math.cos}
 * intrinsics (which reduce the argument and use tables even for small ones). The short ones take 5 and 6
 * multiply-add steps instead of 8 and 9: the plant evaluates them four times in a chain per {@code rk4} period,
 * so their latency, not their throughput, sets the time of a closed-loop step.
 */
final class SmallAngleTrigonometry {

    /** Largest |x| of the polynomial path (rad). */
    static final double POLYNOMIAL_LIMIT = Math.PI / 4;

    /** Largest |x| of the short polynomials (rad). */
    static final double SHORT_POLYNOMIAL_LIMIT = 0.125;

    /**
     * Below this |x|, sin x = x and cos x = 1 to double precision (x³/6 and x²/2 are under half an ulp); sin keeps
     * the sign of ±0.
     */
    static final double TINY = 0x1p-27;
    private static final double S3 = -1.0 / 6;
    private static final double S5 = 1.0 / 120;
    private static final double S7 = -1.0 / 5_040;
    private static final double S9 = 1.0 / 362_880;
    private static final double S11 = -1.0 / 39_916_800;
    private static final double S13 = 1.0 / 6_227_020_800.0;
    private static final double S15 = -1.0 / 1_307_674_368_000.0;
    private static final double S17 = 1.0 / 355_687_428_096_000.0;
    private static final double C2 = -0.5;
    private static final double C4 = 1.0 / 24;
    private static final double C6 = -1.0 / 720;
    private static final double C8 = 1.0 / 40_320;
    private static final double C10 = -1.0 / 3_628_800;
    private static final double C12 = 1.0 / 479_001_600;
    private static final double C14 = -1.0 / 87_178_291_200.0;
    private static final double C16 = 1.0 / 20_922_789_888_000.0;
    private static final double C18 = -1.0 / 6_402_373_705_728_000.0;

    private SmallAngleTrigonometry() {
    }

    /**
     * @param x angle (rad)
     * @return sin x
     */
    static double sin(double x) {
        double magnitude = Math.abs(x);
        if (!(magnitude <= POLYNOMIAL_LIMIT)) {
            return Math.sin(x);
        }
        if (magnitude < TINY) {
            return x;
        }
        double z = x * x;
        if (magnitude <= SHORT_POLYNOMIAL_LIMIT) {
            return x + x * z * (S3 + z * (S5 + z * (S7 + z * (S9 + z * S11))));
        }
        return x + x * z * (S3 + z * (S5 + z * (S7 + z * (S9 + z * (S11 + z * (S13 + z * (S15 + z * S17)))))));
    }

    /**
     * @param x angle (rad)
     * @return cos x
     */
    static double cos(double x) {
        double magnitude = Math.abs(x);
        if (!(magnitude <= POLYNOMIAL_LIMIT)) {
            return Math.cos(x);
        }
        if (magnitude < TINY) {
            return 1.0;
        }
        double z = x * x;
        if (magnitude <= SHORT_POLYNOMIAL_LIMIT) {
            return 1 + z * (C2 + z * (C4 + z * (C6 + z * (C8 + z * (C10 + z * C12)))));
        }
        return 1 + z * (C2 + z * (C4 + z * (C6 + z * (C8 + z * (C10 + z * (C12 + z * (C14 + z * (C16
                + z * C18))))))));
    }
}
