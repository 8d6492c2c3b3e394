package io.dip.sim.testing;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsRef;
import io.dip.api.Options;
import io.dip.api.ParameterSpace;
import io.dip.api.StateIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Registered on the test class path as a plain {@link ControllerProvider} service: state feedback with six gains
 * {@code k_x ... k_theta2_dot}, one option {@code history_capacity}. Its alias is declared un-normalised on
 * purpose.
 */
public final class FixtureControllerProvider implements ControllerProvider {

    /** Registered name. */
    public static final String NAME = "fixture_feedback";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> aliases() {
        return Set.of("Fixture-FB");
    }

    @Override
    public String description() {
        return "state feedback u = -k.x for tests";
    }

    @Override
    public ParameterSpace gains() {
        List<ParameterSpace.Parameter> parameters = new ArrayList<>();
        for (String state : StateIndex.NAMES) {
            parameters.add(new ParameterSpace.Parameter("k_" + state, 1.0, 0.0, 10.0, "gain on " + state));
        }
        return new ParameterSpace(parameters);
    }

    @Override
    public Controller create(ControllerSpec spec, DynamicsRef nominal) {
        Options options = spec.options();
        options.requireOnly(Set.of("history_capacity"));
        int capacity = options.getInt("history_capacity", 1000, 1, 1_000_000);
        double[] gains = spec.gains() == null ? gains().defaults() : spec.gains();
        if (gains.length != StateIndex.DIMENSION) {
            throw new IllegalArgumentException(options.path() + ".gains must hold 6 numbers, got " + gains.length);
        }
        return new FixtureController(gains, spec.maxForce(), capacity, nominal);
    }
}
