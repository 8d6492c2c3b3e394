package io.dip.sim.testing;

import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsProvider;
import io.dip.api.PhysicalParameters;
import java.util.Set;

/** Registered on the test class path as a plain {@link DynamicsProvider} service: {@link FixturePointMass}. */
public final class FixtureDynamicsProvider implements DynamicsProvider {

    /** Registered name. */
    public static final String NAME = "fixture_point_mass";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> aliases() {
        return Set.of("fixture_pm");
    }

    @Override
    public String description() {
        return "decoupled point-mass plant for tests";
    }

    @Override
    public DynamicsModel create(PhysicalParameters parameters) {
        return new FixturePointMass(parameters);
    }
}
