package io.dip.testkit.holding.corpus.helpers;

import java.util.ArrayList;
import java.util.List;

/** A filter that keeps every input it saw. */
public final class CachingFilter implements Filter {

    private final List<Double> inputs = new ArrayList<>();

    @Override
    public double apply(double value) {
        inputs.add(value);
        return value;
    }
}
