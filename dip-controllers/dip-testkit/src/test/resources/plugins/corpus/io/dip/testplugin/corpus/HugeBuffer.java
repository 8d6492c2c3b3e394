package io.dip.testplugin.corpus;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.DoubleRingBuffer;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;

/** {@code huge_buffer}: a "bounded" ring buffer of 50 million doubles (400 MB) recording the cart position. */
public final class HugeBuffer extends CorpusProvider {

    /** ServiceLoader entry point. */
    public HugeBuffer() {
        super("huge_buffer");
    }

    @Override
    protected Controller create(String name, ControllerSpec spec, DynamicsRef nominal) {
        return new CorpusController(name, spec, nominal) {
            private final DoubleRingBuffer positions = new DoubleRingBuffer(50_000_000);

            @Override
            protected double massScale(DynamicsModel model, double[] x) {
                positions.add(x[0]);
                return super.massScale(model, x);
            }
        };
    }
}
