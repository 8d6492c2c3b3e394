package io.dip.dynamics;

import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsProvider;
import io.dip.api.PhysicalParameters;

/** Creates {@link SimplifiedDynamics} under the name {@code simplified}. Stateless and thread-safe. */
public final class SimplifiedDynamicsProvider implements DynamicsProvider {

    /** Creates the provider (ServiceLoader entry point). */
    public SimplifiedDynamicsProvider() {
    }

    @Override
    public String name() {
        return SimplifiedDynamics.NAME;
    }

    @Override
    public String description() {
        return "constant upright mass matrix M0 = M(0) with the nonlinear bias n(q, q')";
    }

    @Override
    public DynamicsModel create(PhysicalParameters parameters) {
        return new SimplifiedDynamics(parameters);
    }
}
