package io.dip.api;

/**
 * What a {@link ControllerProvider} needs to create a controller.
 *
 * @param gains    the gain vector (six surface coefficients first), or null for the provider's defaults
 * @param dt       control period (s), &gt; 0: the step the controller integrates its internal state with
 * @param maxForce actuator limit (N), &gt; 0: the controller saturates its output to ±maxForce
 * @param options  the controller's options block, e.g. {@code controllers.sta_smc} minus its gains
 *                 ({@code boundary_layer}, {@code switch_method}, {@code surface}, {@code history_capacity}...)
 * @param trackLimit the half-length of the track (m), &gt; 0, +∞ for an unbounded track: a controller that moves
 *                   the cart far (a swing-up) keeps |x| within it
 */
public record ControllerSpec(double[] gains, double dt, double maxForce, Options options, double trackLimit) {

    /** Default actuator limit of docs/model.md §1 (N). */
    public static final double DEFAULT_MAX_FORCE = 150.0;

    /**
     * A spec for an unbounded track.
     *
     * @param gains    the gain vector, or null for the provider's defaults
     * @param dt       control period (s)
     * @param maxForce actuator limit (N)
     * @param options  the controller's options block
     */
    public ControllerSpec(double[] gains, double dt, double maxForce, Options options) {
        this(gains, dt, maxForce, options, Double.POSITIVE_INFINITY);
    }

    /** Checks dt, maxForce and the track limit, and copies the gains. */
    public ControllerSpec {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("dt must be finite and > 0, got " + dt);
        }
        if (!(maxForce > 0) || !Double.isFinite(maxForce)) {
            throw new IllegalArgumentException("max_force must be finite and > 0, got " + maxForce);
        }
        if (!(trackLimit > 0)) {
            throw new IllegalArgumentException("track_limit must be > 0, got " + trackLimit);
        }
        gains = gains == null ? null : gains.clone();
        if (options == null) {
            throw new IllegalArgumentException("options must not be null (use Options.empty)");
        }
    }

    /**
     * @param name controller name, used as the options path {@code controllers.<name>}
     * @param dt   control period (s)
     * @return a spec with default gains, the default actuator limit and no options
     */
    public static ControllerSpec defaults(String name, double dt) {
        return new ControllerSpec(null, dt, DEFAULT_MAX_FORCE, Options.empty("controllers." + name));
    }

    /**
     * @param metres the track half-length (m)
     * @return this spec for that track
     */
    public ControllerSpec withTrackLimit(double metres) {
        return new ControllerSpec(gains, dt, maxForce, options, metres);
    }

    /** @return a copy of the gains, or null for defaults */
    @Override
    public double[] gains() {
        return gains == null ? null : gains.clone();
    }
}
