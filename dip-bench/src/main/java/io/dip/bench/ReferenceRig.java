package io.dip.bench;

import io.dip.api.ControllerProvider;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsProvider;
import io.dip.api.IntegratorProvider;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.sim.engine.Scenario;
import io.dip.sim.runtime.PluginRegistry;

/**
 * The fixed set-up every benchmark and every audited controller runs in: the {@code full} plant with the default physical
 * parameters (also the controller's nominal model), {@code rk4}, default gains, no disturbance, a perfect
 * sensor, starting from {@link #INITIAL_STATE} — a case in which every built-in controller holds the pendulum
 * (docs/model.md §6).
 */
public final class ReferenceRig {

    /** Plant and nominal model. */
    public static final String MODEL = "full";
    /** Integration method of the plant. */
    public static final String INTEGRATOR = "rk4";
    /** x₀ = [0, 0.1, −0.05, 0, 0, 0] (m, rad, rad, m/s, rad/s, rad/s). */
    public static final double[] INITIAL_STATE = {0.0, 0.1, -0.05, 0.0, 0.0, 0.0};

    private final DynamicsProvider model;
    private final IntegratorProvider integrator;

    /**
     * @param model      provider of the plant and nominal model
     * @param integrator provider of the plant's integrator
     */
    public ReferenceRig(DynamicsProvider model, IntegratorProvider integrator) {
        this.model = model;
        this.integrator = integrator;
    }

    /**
     * @param registry the loaded plugins
     * @return the rig with the registry's {@value #MODEL} model and {@value #INTEGRATOR} integrator
     */
    public static ReferenceRig from(PluginRegistry registry) {
        return new ReferenceRig(registry.dynamics(MODEL), registry.integrator(INTEGRATOR));
    }

    /** @return a new nominal model: {@value #MODEL} with the default physical parameters */
    public DynamicsModel nominalModel() {
        return model.create(PhysicalParameters.DEFAULTS);
    }

    /**
     * @param controller the controller (default gains, no options)
     * @param dt         control period (s)
     * @param steps      number of control steps of the run
     * @return the run: plant = nominal = {@value #MODEL}, {@value #INTEGRATOR}, from {@link #INITIAL_STATE}
     */
    public Scenario scenario(ControllerProvider controller, double dt, long steps) {
        return Scenario.builder()
                .name(controller.name())
                .plant(model, PhysicalParameters.DEFAULTS)
                .integrator(integrator, Options.empty("simulation.integrator"))
                .controller(controller, null, Options.empty("controllers." + controller.name()))
                .initialState(INITIAL_STATE)
                .dt(dt)
                .duration(steps * dt)
                .build();
    }
}
