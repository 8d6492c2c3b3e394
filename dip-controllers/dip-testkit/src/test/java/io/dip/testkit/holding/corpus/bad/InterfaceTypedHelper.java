package io.dip.testkit.holding.corpus.bad;

import io.dip.testkit.holding.corpus.helpers.CachingFilter;
import io.dip.testkit.holding.corpus.helpers.Filter;
import io.dip.testkit.holding.corpus.CorpusController;

/** Reaches a list-keeping helper through an interface-typed field. */
public final class InterfaceTypedHelper extends CorpusController {

    private final Filter filter = new CachingFilter();

    /** Creates it. */
    public InterfaceTypedHelper() {
        super("InterfaceTypedHelper");
        filter.apply(0.0);
    }

    @Override
    protected double law(double[] x) {
        return -filter.apply(x[1]);
    }
}
