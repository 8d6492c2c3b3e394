package io.dip.testkit.holding.corpus.bad;


import io.dip.testkit.holding.corpus.CorpusController;

/** Keeps scratch space in a ThreadLocal. */
public final class ThreadLocalScratch extends CorpusController {

    private final ThreadLocal<double[]> scratch = ThreadLocal.withInitial(() -> new double[6]);

    /** Creates it. */
    public ThreadLocalScratch() {
        super("ThreadLocalScratch");
        scratch.get()[0] = 0.0;
    }

    @Override
    protected double law(double[] x) {
        return scratch.get()[0];
    }
}
