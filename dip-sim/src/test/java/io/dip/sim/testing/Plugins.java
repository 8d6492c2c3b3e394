package io.dip.sim.testing;

import static org.junit.jupiter.api.Assertions.fail;

import io.dip.api.ControllerProvider;
import io.dip.api.DynamicsProvider;
import io.dip.api.IntegratorProvider;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.sim.engine.Scenario;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;

/** Finds the real plant models, integrators and controllers on the test class path through ServiceLoader. */
public final class Plugins {

    /**
     * The controllers the product ships: every {@link ControllerProvider} ServiceLoader finds, except this module's
     * test fixtures (classes loaded from the same place as this class).
     */
    public static final List<String> CONTROLLERS = shippedControllers();

    private Plugins() {
    }

    private static List<String> shippedControllers() {
        CodeSource tests = Plugins.class.getProtectionDomain().getCodeSource();
        List<String> names = new ArrayList<>();
        for (ControllerProvider p : ServiceLoader.load(ControllerProvider.class)) {
            if (!Objects.equals(p.getClass().getProtectionDomain().getCodeSource(), tests)) {
                names.add(p.name());
            }
        }
        return List.copyOf(names);
    }

    /** @return the plant-model provider serving {@code name} */
    public static DynamicsProvider dynamics(String name) {
        for (DynamicsProvider p : ServiceLoader.load(DynamicsProvider.class)) {
            if (p.name().equals(name) || p.aliases().contains(name)) {
                return p;
            }
        }
        return fail("no DynamicsProvider serves '" + name + "'");
    }

    /** @return the integrator provider serving {@code name} */
    public static IntegratorProvider integrator(String name) {
        for (IntegratorProvider p : ServiceLoader.load(IntegratorProvider.class)) {
            if (p.name().equals(name) || p.aliases().contains(name)) {
                return p;
            }
        }
        return fail("no IntegratorProvider serves '" + name + "'");
    }

    /** @return the controller provider serving {@code name} */
    public static ControllerProvider controller(String name) {
        for (ControllerProvider p : ServiceLoader.load(ControllerProvider.class)) {
            if (p.name().equals(name) || p.aliases().contains(name)) {
                return p;
            }
        }
        return fail("no ControllerProvider serves '" + name + "'");
    }

    /**
     * @param controller a controller name
     * @return full plant and nominal model with default parameters, rk4, the controller with default gains,
     *         x0 = [0, 0.1, −0.05, 0, 0, 0]; duration and dt still to set
     */
    public static Scenario.Builder fullRk4(String controller) {
        return Scenario.builder()
                .plant(dynamics("full"), PhysicalParameters.DEFAULTS)
                .integrator(integrator("rk4"), Options.empty("integrator"))
                .controller(controller(controller), null, Options.empty("controllers." + controller))
                .initialState(0, 0.1, -0.05, 0, 0, 0);
    }
}
