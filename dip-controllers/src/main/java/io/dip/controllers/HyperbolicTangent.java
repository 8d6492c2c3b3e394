package io.dip.controllers;

/**
 * {@code tanh x} for the hot path, within a few ulp of {@link StrictMath#tanh} but built only on operations the
 * JIT compiles inline ({@link Math#exp}, multiply, divide): on Java 17, {@link Math#tanh} is a native call that
 * costs about as much as the rest of a control step.
 *
 * <ul>
 *   <li>|x| &lt; 2⁻²⁸: tanh x = x to double precision (the next term, x³/3, is below half an ulp);</li>
 *   <li>2⁻²⁸ ≤ |x| &lt; ½: the odd Taylor series to x¹⁷ at y = |x|/4 (truncation below 1e-19 relative), then the
 *       doubling formula {@code tanh 2y = 2·tanh y / (1 + tanh² y)} twice;</li>
 *   <li>½ ≤ |x| &lt; 22: {@code 1 − 2/(e^{2|x|} + 1)} (no cancellation: the result is above 0.46);</li>
 *   <li>|x| ≥ 22: ±1 (1 − tanh x &lt; 2⁻⁶³); NaN stays NaN.</li>
 * </ul>
 */
final class HyperbolicTangent {

    private static final double TINY = 0x1p-28;
    private static final double SERIES_LIMIT = 0.5;
    private static final double SATURATION = 22.0;
    private static final double C3 = -1.0 / 3;
    private static final double C5 = 2.0 / 15;
    private static final double C7 = -17.0 / 315;
    private static final double C9 = 62.0 / 2835;
    private static final double C11 = -1382.0 / 155925;
    private static final double C13 = 21844.0 / 6081075;
    private static final double C15 = -929569.0 / 638512875;
    private static final double C17 = 6404582.0 / 10854718875.0;

    private HyperbolicTangent() {
    }

    /**
     * @param x any double
     * @return tanh x, odd, in [−1, 1], within a few ulp of {@link StrictMath#tanh}
     */
    static double tanh(double x) {
        double a = Math.abs(x);
        double magnitude;
        if (a < TINY) {
            return x;
        } else if (a < SERIES_LIMIT) {
            double y = 0.25 * a;
            double y2 = y * y;
            double t = y + y * y2 * (C3 + y2 * (C5 + y2 * (C7 + y2 * (C9 + y2 * (C11 + y2 * (C13 + y2
                    * (C15 + y2 * C17)))))));
            t = 2 * t / (1 + t * t);
            magnitude = 2 * t / (1 + t * t);
        } else if (a < SATURATION) {
            magnitude = 1 - 2 / (Math.exp(2 * a) + 1);
        } else if (a >= SATURATION) {
            magnitude = 1.0;
        } else {
            return x;
        }
        return Math.copySign(magnitude, x);
    }
}
