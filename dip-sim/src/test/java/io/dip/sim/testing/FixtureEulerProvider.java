package io.dip.sim.testing;

import io.dip.api.DynamicsModel;
import io.dip.api.Integrator;
import io.dip.api.IntegratorProvider;
import io.dip.api.Options;
import java.util.Set;

/**
 * Bound by {@link FixtureIntegratorModule} (not a plain service): explicit Euler, {@code x ← x + dt·f(x, u)}.
 * Accepts no options, so any key under {@code simulation.integrator_options} is an error.
 */
public final class FixtureEulerProvider implements IntegratorProvider {

    /** Registered name. */
    public static final String NAME = "fixture_euler";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "explicit Euler for tests";
    }

    @Override
    public Integrator create(DynamicsModel model, Options options) {
        options.requireOnly(Set.of());
        double[] derivative = new double[model.dimension()];
        return new Integrator() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public void step(double[] x, double u, double dt, double[] out) {
                model.derivative(x, u, derivative);
                for (int i = 0; i < derivative.length; i++) {
                    out[i] = x[i] + dt * derivative[i];
                }
            }
        };
    }
}
