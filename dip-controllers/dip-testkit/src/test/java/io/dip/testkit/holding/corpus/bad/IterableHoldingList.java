package io.dip.testkit.holding.corpus.bad;

import java.util.ArrayList;
import java.util.List;
import io.dip.testkit.holding.corpus.CorpusController;

/** Holds a list in an Iterable field. */
public final class IterableHoldingList extends CorpusController {

    private final Iterable<Double> samples = new ArrayList<>();

    /** Creates it. */
    public IterableHoldingList() {
        super("IterableHoldingList");
        ((List<Double>) samples).add(0.0);
    }

    @Override
    protected double law(double[] x) {
        return samples.iterator().next();
    }
}
