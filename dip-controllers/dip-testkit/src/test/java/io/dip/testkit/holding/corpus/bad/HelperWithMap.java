package io.dip.testkit.holding.corpus.bad;

import io.dip.testkit.holding.corpus.helpers.GainTable;
import io.dip.testkit.holding.corpus.CorpusController;

/** Holds a helper (another package) that memoises in a HashMap. */
public final class HelperWithMap extends CorpusController {

    private final GainTable table = new GainTable();

    /** Creates it. */
    public HelperWithMap() {
        super("HelperWithMap");
        table.gain(0.0);
    }

    @Override
    protected double law(double[] x) {
        return -table.gain(x[1]) * x[1];
    }
}
