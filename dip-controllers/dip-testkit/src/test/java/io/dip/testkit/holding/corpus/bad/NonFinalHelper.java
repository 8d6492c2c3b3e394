package io.dip.testkit.holding.corpus.bad;

import io.dip.testkit.holding.corpus.helpers.Limits;
import io.dip.testkit.holding.corpus.CorpusController;

/** Holds an immutable value in a reference field that can be replaced. */
public final class NonFinalHelper extends CorpusController {

    private Limits limits = new Limits(-1, 1, "N");

    /** Creates it. */
    public NonFinalHelper() {
        super("NonFinalHelper");
        limits = new Limits(-2, 2, "N");
    }

    @Override
    protected double law(double[] x) {
        return limits.clamp(x[0]);
    }
}
