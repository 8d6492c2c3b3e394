package io.dip.sim.testing;

import io.dip.api.ControllerProvider;
import io.dip.api.DynamicsProvider;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.sim.engine.Scenario;

/** Scenario builders over the test doubles. */
public final class TestScenarios {

    private TestScenarios() {
    }

    /**
     * @param plant      the plant (also the nominal model)
     * @param controller the controller, default gains
     * @return a builder with RK4, default parameters, no name
     */
    public static Scenario.Builder with(DynamicsProvider plant, ControllerProvider controller) {
        return Scenario.builder()
                .plant(plant, PhysicalParameters.DEFAULTS)
                .integrator(new TestRk4(), Options.empty("integrator"))
                .controller(controller, null, Options.empty("controllers." + controller.name()));
    }

    /** @return the damped plant under PD control from x = 0.3 m, 2 s at dt = 1 ms */
    public static Scenario.Builder dampedPd() {
        return with(LinearTestPlant.damped(), new PdTestController())
                .initialState(0.3, 0.05, -0.02, 0, 0, 0)
                .duration(2.0)
                .dt(1e-3);
    }
}
