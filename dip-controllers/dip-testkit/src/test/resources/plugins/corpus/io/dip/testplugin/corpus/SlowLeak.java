package io.dip.testplugin.corpus;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import java.util.ArrayList;
import java.util.List;

/** {@code slow_leak}: keeps 8 KiB more every 2²⁰ calls. */
public final class SlowLeak extends CorpusProvider {

    /** ServiceLoader entry point. */
    public SlowLeak() {
        super("slow_leak");
    }

    @Override
    protected Controller create(String name, ControllerSpec spec, DynamicsRef nominal) {
        return new CorpusController(name, spec, nominal) {
            private final List<byte[]> kept = new ArrayList<>();
            private long calls;

            @Override
            protected double massScale(DynamicsModel model, double[] x) {
                if ((++calls & ((1 << 20) - 1)) == 0) {
                    kept.add(new byte[8192]);
                }
                return super.massScale(model, x);
            }
        };
    }
}
