package io.dip.sim.tuning;

import io.dip.api.ControllerProvider;
import io.dip.api.DynamicsProvider;
import io.dip.api.IntegratorProvider;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.sim.engine.Scenario;
import java.util.ServiceLoader;
import java.util.function.Function;

/** Built-in providers found through ServiceLoader, and base scenarios for the tuning tests. */
final class TuningFixtures {

    private TuningFixtures() {
    }

    static <T> T provider(Class<T> type, String name, Function<T, String> nameOf) {
        for (T p : ServiceLoader.load(type)) {
            if (nameOf.apply(p).equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " named " + name + " on the test class path");
    }

    static ControllerProvider controller(String name) {
        return provider(ControllerProvider.class, name, ControllerProvider::name);
    }

    /** Full plant with default parameters, rk4, the named controller with its defaults, x0 = 0. */
    static Scenario base(String controller, double duration, double dt) {
        return Scenario.builder()
                .plant(provider(DynamicsProvider.class, "full", DynamicsProvider::name), PhysicalParameters.DEFAULTS)
                .integrator(provider(IntegratorProvider.class, "rk4", IntegratorProvider::name),
                        Options.empty("simulation.integrator"))
                .controller(controller(controller), null, Options.empty("controllers." + controller))
                .duration(duration)
                .dt(dt)
                .build();
    }
}
