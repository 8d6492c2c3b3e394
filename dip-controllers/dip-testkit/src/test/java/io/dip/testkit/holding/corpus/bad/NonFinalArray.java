package io.dip.testkit.holding.corpus.bad;


import io.dip.testkit.holding.corpus.CorpusController;

/** Holds a primitive array that can be replaced. */
public final class NonFinalArray extends CorpusController {

    private double[] scratch = new double[6];

    /** Creates it. */
    public NonFinalArray() {
        super("NonFinalArray");
        scratch[0] = 1.0;
    }

    @Override
    protected double law(double[] x) {
        return scratch[0] * x[0];
    }
}
