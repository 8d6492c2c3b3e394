package io.dip.testplugin.corpus;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;

/** {@code shared_state}: accumulates into a static field that every instance shares. */
public final class SharedState extends CorpusProvider {

    private static double drift;

    /** ServiceLoader entry point. */
    public SharedState() {
        super("shared_state");
    }

    @Override
    protected Controller create(String name, ControllerSpec spec, DynamicsRef nominal) {
        return new CorpusController(name, spec, nominal) {
            @Override
            protected double massScale(DynamicsModel model, double[] x) {
                drift += 1e-6 * x[1];
                return super.massScale(model, x) + drift;
            }
        };
    }
}
