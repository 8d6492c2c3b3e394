package io.dip.sim.engine;

import io.dip.api.Integrator;

/**
 * How a {@link ClosedLoop} advances its plant by one control period: by default the scenario's integrator over the
 * plant model; with hardware in the loop, an exchange with a real or remote plant.
 */
public interface PlantStep {

    /**
     * Advances the plant by one period. Allocation-free.
     *
     * @param x     state at t (length 6), not modified
     * @param force the force to apply over the period (N)
     * @param dt    control period (s)
     * @param next  receives the (measured) state at t + dt (length 6)
     * @return the force actually applied (N): {@code force}, unless the plant substituted another (a safe 0 N)
     */
    double advance(double[] x, double force, double dt, double[] next);

    /** @return true once the plant has stopped answering for good; the run then ends {@link StopStatus#LINK_LOST} */
    default boolean lost() {
        return false;
    }

    /**
     * @param integrator the plant's integrator
     * @return the step {@code next = integrator.step(x, force, dt)}
     */
    static PlantStep of(Integrator integrator) {
        return (x, force, dt, next) -> {
            integrator.step(x, force, dt, next);
            return force;
        };
    }
}
