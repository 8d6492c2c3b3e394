package io.dip.testkit.holding.corpus.bad;

import io.dip.testkit.holding.CapacityCeilings;
import io.dip.testkit.holding.corpus.CorpusController;

/** Holds a final primitive array allocated at creation, but larger than any controller needs. */
public final class OversizedArray extends CorpusController {

    private final long[] table = new long[(int) (CapacityCeilings.PRIMITIVE_ARRAY_BYTES / Long.BYTES) + 1];

    /** Creates it. */
    public OversizedArray() {
        super("OversizedArray");
    }

    @Override
    protected double law(double[] x) {
        return table[0] - x[0];
    }
}
