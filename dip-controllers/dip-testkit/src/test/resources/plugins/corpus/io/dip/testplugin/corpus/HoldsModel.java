package io.dip.testplugin.corpus;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;

/** {@code model_held}: resolves its model once and keeps it in a field, so the model outlives its owner. */
public final class HoldsModel extends CorpusProvider {

    /** ServiceLoader entry point. */
    public HoldsModel() {
        super("model_held");
    }

    @Override
    protected Controller create(String name, ControllerSpec spec, DynamicsRef nominal) {
        DynamicsModel held = nominal.get();
        return new CorpusController(name, spec, nominal) {
            @Override
            protected double massScale(DynamicsModel model, double[] x) {
                return super.massScale(held, x);
            }
        };
    }
}
