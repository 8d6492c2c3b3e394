package io.dip.api;

/**
 * Angle arithmetic shared by controllers and measures that work over the whole circle.
 */
public final class Angles {

    private static final double TURN = 2 * Math.PI;

    private Angles() {
    }

    /**
     * @param angle an angle (rad), finite
     * @return the same direction in (−π, π] (rad); allocation-free
     */
    public static double wrap(double angle) {
        double wrapped = Math.IEEEremainder(angle, TURN);
        return wrapped <= -Math.PI ? wrapped + TURN : wrapped;
    }
}
