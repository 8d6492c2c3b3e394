package io.dip.testkit.holding.corpus.bad;

import io.dip.api.DoubleRingBuffer;
import io.dip.testkit.holding.corpus.CorpusController;

/** Shares one ring buffer among every instance through a static field. */
public final class SharedStaticBuffer extends CorpusController {

    private static final DoubleRingBuffer SHARED = new DoubleRingBuffer(16);

    /** Creates it. */
    public SharedStaticBuffer() {
        super("SharedStaticBuffer");
        SHARED.clear();
    }

    @Override
    protected double law(double[] x) {
        return SHARED.size();
    }
}
