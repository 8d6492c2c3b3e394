package io.dip.testkit.contract;

import io.dip.api.Controller;
import io.dip.api.DynamicsModel;
import io.dip.api.Integrator;
import io.dip.api.StateIndex;
import io.dip.dynamics.integrators.RungeKutta4;
import io.dip.testkit.measure.MeasuredPath;

/**
 * The smallest closed loop: the controller commands a force, the plant (the nominal model, integrated with
 * {@code rk4}) advances one control period. It starts from {@link #INITIAL_STATE} and starts there again whenever
 * the pendulum leaves the region the contract drives it in ({@code |θ₁|, |θ₂|} &gt; {@value #MAX_ANGLE} rad,
 * {@code |x|} &gt; {@value #MAX_POSITION} m or a non-finite state), so that a controller that does not balance
 * the pendulum is still exercised near upright. One {@link #run} is one step; the loop itself allocates nothing.
 */
public final class ContractLoop implements MeasuredPath {

    /** x₀ = [0, 0.1, −0.05, 0, 0, 0] (m, rad, rad, m/s, rad/s, rad/s). */
    public static final double[] INITIAL_STATE = {0.0, 0.1, -0.05, 0.0, 0.0, 0.0};
    /** Largest pendulum angle before the loop starts again (rad). */
    public static final double MAX_ANGLE = 1.0;
    /** Largest cart position before the loop starts again (m). */
    public static final double MAX_POSITION = 10.0;

    private final Controller controller;
    private final Integrator plant;
    private final double dt;
    private final double[] x = INITIAL_STATE.clone();
    private final double[] next = new double[StateIndex.DIMENSION];
    private double t;
    private double u;

    /**
     * @param controller the controller
     * @param plant      the plant model (the nominal model: the contract has no mismatch)
     * @param dt         control period (s)
     */
    public ContractLoop(Controller controller, DynamicsModel plant, double dt) {
        this.controller = controller;
        this.plant = new RungeKutta4(plant);
        this.dt = dt;
    }

    @Override
    public void run(long iteration) {
        u = controller.computeControl(t, x, u);
        plant.step(x, u, dt, next);
        System.arraycopy(next, 0, x, 0, next.length);
        t += dt;
        if (left()) {
            System.arraycopy(INITIAL_STATE, 0, x, 0, x.length);
        }
    }

    private boolean left() {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return true;
            }
        }
        return Math.abs(x[StateIndex.THETA1]) > MAX_ANGLE || Math.abs(x[StateIndex.THETA2]) > MAX_ANGLE
                || Math.abs(x[StateIndex.X]) > MAX_POSITION;
    }

    /** @return the last force commanded (keeps the work observable) */
    public double lastControl() {
        return u;
    }
}
