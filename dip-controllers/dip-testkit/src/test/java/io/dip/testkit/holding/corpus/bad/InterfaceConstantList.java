package io.dip.testkit.holding.corpus.bad;

import io.dip.testkit.holding.corpus.CorpusController;

/** Appends to the list constant of an interface it implements. */
public final class InterfaceConstantList extends CorpusController implements Tunable {

    /** Creates it. */
    public InterfaceConstantList() {
        super("InterfaceConstantList");
        TRIED.add(1.0);
    }

    @Override
    protected double law(double[] x) {
        return -x[0];
    }
}
