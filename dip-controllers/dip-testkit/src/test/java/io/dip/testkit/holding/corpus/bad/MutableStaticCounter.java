package io.dip.testkit.holding.corpus.bad;


import io.dip.testkit.holding.corpus.CorpusController;

/** Counts its instances in a mutable static field. */
public final class MutableStaticCounter extends CorpusController {

    private static int instances;

    /** Creates it. */
    public MutableStaticCounter() {
        super("MutableStaticCounter");
        instances++;
    }

    @Override
    protected double law(double[] x) {
        return instances;
    }
}
