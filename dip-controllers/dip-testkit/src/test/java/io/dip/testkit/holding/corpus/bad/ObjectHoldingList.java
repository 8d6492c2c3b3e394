package io.dip.testkit.holding.corpus.bad;

import java.util.ArrayList;
import io.dip.testkit.holding.corpus.CorpusController;

/** Holds a list in an Object field. */
public final class ObjectHoldingList extends CorpusController {

    private final Object scratch;

    /** Creates it. */
    public ObjectHoldingList() {
        super("ObjectHoldingList");
        this.scratch = new ArrayList<Double>();
    }

    @Override
    protected double law(double[] x) {
        return scratch.hashCode() == 0 ? 1.0 : 0.0;
    }
}
