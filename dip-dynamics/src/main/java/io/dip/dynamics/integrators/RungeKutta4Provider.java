package io.dip.dynamics.integrators;

import io.dip.api.DynamicsModel;
import io.dip.api.Integrator;
import io.dip.api.IntegratorProvider;
import io.dip.api.Options;
import java.util.Set;

/** Creates {@link RungeKutta4} under the name {@code rk4}. Stateless and thread-safe. */
public final class RungeKutta4Provider implements IntegratorProvider {

    /** Creates the provider (ServiceLoader entry point). */
    public RungeKutta4Provider() {
    }

    @Override
    public String name() {
        return RungeKutta4.NAME;
    }

    @Override
    public String description() {
        return "classical fourth-order Runge-Kutta, four derivatives per control period";
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
        return new RungeKutta4(model);
    }
}
