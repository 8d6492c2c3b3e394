package io.dip.testkit.holding.corpus.bad;

import io.dip.testkit.holding.corpus.CorpusController;
import io.dip.testkit.holding.corpus.helpers.Logbook;

/** Holds no field at all, but its code appends every state to another class's static list. */
public final class UsesStaticLogbook extends CorpusController {

    /** Creates it. */
    public UsesStaticLogbook() {
        super("UsesStaticLogbook");
    }

    @Override
    protected double law(double[] x) {
        Logbook.ENTRIES.add(x.clone());
        return -x[0];
    }
}
