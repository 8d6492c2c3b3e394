package io.dip.testkit.holding.corpus.helpers;

/** Operating modes, each with an immutable weight. */
public enum Mode {
    /** Swinging up. */
    SWING_UP(0.5),
    /** Balancing. */
    BALANCE(1.0);

    private final double weight;

    Mode(double weight) {
        this.weight = weight;
    }

    /** @return the mode's weight */
    public double weight() {
        return weight;
    }
}
