package io.dip.testplugin.leaky;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsRef;
import io.dip.api.ParameterSpace;
import java.util.List;

/** The ServiceLoader provider of {@link LeakyController}, named {@code leaky}: a third-party plugin for tests. */
public final class LeakyControllerProvider implements ControllerProvider {

    /** ServiceLoader entry point. */
    public LeakyControllerProvider() {
    }

    @Override
    public String name() {
        return "leaky";
    }

    @Override
    public String description() {
        return "balances through classical_smc but breaks every memory rule (test fixture)";
    }

    @Override
    public ParameterSpace gains() {
        return new ParameterSpace(List.of(new ParameterSpace.Parameter("unused", 1.0, 0.5, 2.0, "not used")));
    }

    @Override
    public Controller create(ControllerSpec spec, DynamicsRef nominal) {
        return new LeakyController(spec, nominal);
    }
}
