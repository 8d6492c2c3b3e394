package io.dip.dynamics;

import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsProvider;
import io.dip.api.PhysicalParameters;

/** Creates {@link FullDynamics} under the name {@code full}. Stateless and thread-safe. */
public final class FullDynamicsProvider implements DynamicsProvider {

    /** Creates the provider (ServiceLoader entry point). */
    public FullDynamicsProvider() {
    }

    @Override
    public String name() {
        return FullDynamics.NAME;
    }

    @Override
    public String description() {
        return "full nonlinear cart and double pendulum, M(q) q'' = e1 u - n(q, q')";
    }

    @Override
    public DynamicsModel create(PhysicalParameters parameters) {
        return new FullDynamics(parameters);
    }
}
