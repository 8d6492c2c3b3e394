package io.dip.testplugin.corpus;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;

/** {@code alloc16}: allocates a 16-byte object on every call and keeps the last one. */
public final class Allocates16 extends CorpusProvider {

    /** ServiceLoader entry point. */
    public Allocates16() {
        super("alloc16");
    }

    @Override
    protected Controller create(String name, ControllerSpec spec, DynamicsRef nominal) {
        return new CorpusController(name, spec, nominal) {
            private Object last;

            @Override
            protected double massScale(DynamicsModel model, double[] x) {
                last = new Object();
                return super.massScale(model, x);
            }
        };
    }
}
