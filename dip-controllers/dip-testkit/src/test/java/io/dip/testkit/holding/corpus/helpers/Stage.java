package io.dip.testkit.holding.corpus.helpers;

/** A processing stage that keeps a window of samples. */
public final class Stage {

    private final Window window = new Window();

    /** @param value recorded */
    public void record(double value) {
        window.add(value);
    }
}
