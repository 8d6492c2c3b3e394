package io.dip.testkit.holding.corpus.helpers;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/** A library-style operator that records every input: bad state, but held by no corpus controller. */
public final class RecordingOperator implements DoubleUnaryOperator {

    private final List<Double> inputs = new ArrayList<>();

    @Override
    public double applyAsDouble(double operand) {
        inputs.add(operand);
        return operand;
    }
}
