package io.dip.testkit.holding.corpus.bad;

import java.util.ArrayList;
import java.util.List;
import io.dip.testkit.holding.corpus.CorpusController;

/** Logs into a static list shared by every instance. */
public final class StaticMutableList extends CorpusController {

    private static final List<double[]> LOG = new ArrayList<>();

    /** Creates it. */
    public StaticMutableList() {
        super("StaticMutableList");
        LOG.clear();
    }

    @Override
    protected double law(double[] x) {
        return LOG.size();
    }
}
