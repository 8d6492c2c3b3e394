package io.dip.testkit.holding.corpus.bad;


import io.dip.testkit.holding.corpus.CorpusController;

/** Holds boxed gains in a non-final array. */
public final class BoxedGainArray extends CorpusController {

    private Double[] gains = {1.0, 2.0};

    /** Creates it. */
    public BoxedGainArray() {
        super("BoxedGainArray");
        gains[1] = 3.0;
    }

    @Override
    protected double law(double[] x) {
        return -gains[0] * x[0];
    }
}
