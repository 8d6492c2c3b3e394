package io.dip.testkit.holding.corpus.bad;

import io.dip.api.DoubleRingBuffer;
import io.dip.testkit.holding.CapacityCeilings;
import io.dip.testkit.holding.corpus.CorpusController;

/** Declares a \"bounded\" history above the ring-buffer ceiling. */
public final class OversizedRingBuffer extends CorpusController {

    private final DoubleRingBuffer window = new DoubleRingBuffer(CapacityCeilings.RING_BUFFER_CAPACITY + 1);

    /** Creates it. */
    public OversizedRingBuffer() {
        super("OversizedRingBuffer");
        window.add(0.0);
    }

    @Override
    protected double law(double[] x) {
        return window.latest();
    }
}
