package io.dip.testkit.holding.corpus.bad;


import io.dip.testkit.holding.corpus.CorpusController;

/** Traces into a StringBuilder. */
public final class StringBuilderTrace extends CorpusController {

    private final StringBuilder trace = new StringBuilder();

    /** Creates it. */
    public StringBuilderTrace() {
        super("StringBuilderTrace");
        trace.append("start");
    }

    @Override
    protected double law(double[] x) {
        return trace.length();
    }
}
