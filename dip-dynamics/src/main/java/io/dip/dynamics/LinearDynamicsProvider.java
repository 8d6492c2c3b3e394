package io.dip.dynamics;

import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsProvider;
import io.dip.api.PhysicalParameters;
import java.util.Set;

/**
 * Creates {@link LinearDynamics} under the name {@code linear} (alias {@code lowrank}). Stateless and
 * thread-safe.
 */
public final class LinearDynamicsProvider implements DynamicsProvider {

    /** Creates the provider (ServiceLoader entry point). */
    public LinearDynamicsProvider() {
    }

    @Override
    public String name() {
        return LinearDynamics.NAME;
    }

    @Override
    public Set<String> aliases() {
        return Set.of(LinearDynamics.ALIAS);
    }

    @Override
    public String description() {
        return "linearization of the full model at the upright equilibrium, x' = A x + B u";
    }

    @Override
    public DynamicsModel create(PhysicalParameters parameters) {
        return new LinearDynamics(parameters);
    }
}
