package io.dip.dynamics.integrators;

import io.dip.api.DynamicsModel;
import io.dip.api.Integrator;

/**
 * Explicit (forward) Euler over one control period (name {@code euler}, docs/model.md §4):
 * {@code x⁺ = x + dt·f(x, u)}, first order, local error O(dt²). One derivative evaluation per period,
 * allocation-free; {@code out} may be {@code x}. Not thread-safe (scratch arrays).
 */
public final class ExplicitEuler implements Integrator {

    /** Registered name. */
    public static final String NAME = "euler";

    private final DynamicsModel model;
    private final double[] slope;

    /** @param model the plant to integrate (held strongly for the run) */
    public ExplicitEuler(DynamicsModel model) {
        this.model = model;
        this.slope = new double[model.dimension()];
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * Writes {@code x + dt·f(x, u)}.
     *
     * @param x   state at t
     * @param u   cart force held over the period (N)
     * @param dt  control period (s)
     * @param out receives the state at t + dt; may be {@code x}
     */
    @Override
    public void step(double[] x, double u, double dt, double[] out) {
        model.derivative(x, u, slope);
        for (int i = 0; i < slope.length; i++) {
            out[i] = x[i] + dt * slope[i];
        }
    }
}
