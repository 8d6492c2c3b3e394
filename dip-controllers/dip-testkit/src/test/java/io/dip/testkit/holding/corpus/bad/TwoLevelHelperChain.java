package io.dip.testkit.holding.corpus.bad;

import io.dip.testkit.holding.corpus.helpers.Stage;
import io.dip.testkit.holding.corpus.CorpusController;

/** Holds a stage that holds a window that is a list. */
public final class TwoLevelHelperChain extends CorpusController {

    private final Stage stage = new Stage();

    /** Creates it. */
    public TwoLevelHelperChain() {
        super("TwoLevelHelperChain");
        stage.record(0.0);
    }

    @Override
    protected double law(double[] x) {
        return x[0];
    }
}
