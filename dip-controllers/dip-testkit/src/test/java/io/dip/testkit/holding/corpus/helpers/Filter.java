package io.dip.testkit.holding.corpus.helpers;

/** A scalar filter. */
public interface Filter {

    /**
     * @param value the next input
     * @return the filtered value
     */
    double apply(double value);
}
