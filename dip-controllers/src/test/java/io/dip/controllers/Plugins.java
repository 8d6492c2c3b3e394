package io.dip.controllers;

import static org.junit.jupiter.api.Assertions.fail;

import io.dip.api.ControllerProvider;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsProvider;
import io.dip.api.Integrator;
import io.dip.api.IntegratorProvider;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Finds controllers, plant models and integrators by name through ServiceLoader, as the runtime does, and fails
 * the test when no provider serves a name.
 */
final class Plugins {

    private Plugins() {
    }

    /** @return every controller provider on the test class path */
    static List<ControllerProvider> controllerProviders() {
        List<ControllerProvider> providers = new ArrayList<>();
        ServiceLoader.load(ControllerProvider.class).forEach(providers::add);
        return providers;
    }

    /** @return the names of every controller provider on the test class path: the built-in controllers */
    static Stream<String> controllerNames() {
        return controllerProviders().stream().map(ControllerProvider::name);
    }

    /** @return the names of the registered sliding-mode controllers (σ, gains S(6) first, the shared options) */
    static Stream<String> slidingModeControllerNames() {
        return controllerProviders().stream().filter(SlidingModeControllerProvider.class::isInstance)
                .map(ControllerProvider::name);
    }

    /** @return the controller provider serving {@code name} (its name or an alias) */
    static ControllerProvider controller(String name) {
        for (ControllerProvider provider : ServiceLoader.load(ControllerProvider.class)) {
            if (provider.name().equals(name) || provider.aliases().contains(name)) {
                return provider;
            }
        }
        return fail("no ControllerProvider serves the controller name '" + name + "'");
    }

    /** @return a new plant model named {@code name} with the given parameters */
    static DynamicsModel dynamics(String name, PhysicalParameters parameters) {
        for (DynamicsProvider provider : ServiceLoader.load(DynamicsProvider.class)) {
            if (provider.name().equals(name) || provider.aliases().contains(name)) {
                return provider.create(parameters);
            }
        }
        return fail("no DynamicsProvider serves the model name '" + name + "'");
    }

    /** @return a new integrator named {@code name} over {@code model} with default options */
    static Integrator integrator(String name, DynamicsModel model) {
        for (IntegratorProvider provider : ServiceLoader.load(IntegratorProvider.class)) {
            if (provider.name().equals(name) || provider.aliases().contains(name)) {
                return provider.create(model, Options.empty("integrator"));
            }
        }
        return fail("no IntegratorProvider serves the integrator name '" + name + "'");
    }
}
