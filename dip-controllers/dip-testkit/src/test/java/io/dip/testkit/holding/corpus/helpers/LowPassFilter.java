package io.dip.testkit.holding.corpus.helpers;

/** A first-order low-pass filter: y ← y + α·(u − y). */
public final class LowPassFilter implements Filter {

    private final double alpha;
    private double state;

    /** @param alpha smoothing factor in (0, 1] */
    public LowPassFilter(double alpha) {
        this.alpha = alpha;
    }

    @Override
    public double apply(double value) {
        state += alpha * (value - state);
        return state;
    }
}
