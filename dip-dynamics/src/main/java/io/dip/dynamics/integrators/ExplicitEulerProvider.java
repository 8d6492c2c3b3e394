package io.dip.dynamics.integrators;

import io.dip.api.DynamicsModel;
import io.dip.api.Integrator;
import io.dip.api.IntegratorProvider;
import io.dip.api.Options;
import java.util.Set;

/** Creates {@link ExplicitEuler} under the name {@code euler}. Stateless and thread-safe. */
public final class ExplicitEulerProvider implements IntegratorProvider {

    /** Creates the provider (ServiceLoader entry point). */
    public ExplicitEulerProvider() {
    }

    @Override
    public String name() {
        return ExplicitEuler.NAME;
    }

    @Override
    public String description() {
        return "explicit Euler, first order, one derivative per control period";
    }

    /**
     * @param model   the plant to integrate
     * @param options none are accepted
     * @return a new integrator
     * @throws IllegalArgumentException for an unknown or invalid option, naming its path
     */
    @Override
    public Integrator create(DynamicsModel model, Options options) {
        options.requireOnly(Set.of());
        return new ExplicitEuler(model);
    }
}
