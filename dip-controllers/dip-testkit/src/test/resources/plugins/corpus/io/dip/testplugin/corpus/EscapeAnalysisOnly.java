package io.dip.testplugin.corpus;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;

/**
 * {@code ea_only}: passes a new {@code double[9]} to {@code massMatrix} on every call. The array never escapes, so
 * once the JIT inlines {@code massMatrix}, escape analysis removes the allocation.
 */
public final class EscapeAnalysisOnly extends CorpusProvider {

    /** ServiceLoader entry point. */
    public EscapeAnalysisOnly() {
        super("ea_only");
    }

    @Override
    protected Controller create(String name, ControllerSpec spec, DynamicsRef nominal) {
        return new CorpusController(name, spec, nominal) {
            @Override
            protected double massScale(DynamicsModel model, double[] x) {
                double[] mass = new double[9];
                model.massMatrix(x, mass);
                return mass[0];
            }
        };
    }
}
