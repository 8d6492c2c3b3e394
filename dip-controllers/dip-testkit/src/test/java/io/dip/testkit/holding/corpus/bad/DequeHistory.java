package io.dip.testkit.holding.corpus.bad;

import io.dip.api.Controller;
import io.dip.api.Diagnostics;
import io.dip.api.DoubleRingBuffer;
import java.util.ArrayDeque;

/** Is its own history: a controller that extends ArrayDeque and never trims it. */
public final class DequeHistory extends ArrayDeque<Double> implements Controller {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostics diagnostics = new Diagnostics(Diagnostics.FAULT);
    private final transient DoubleRingBuffer sigma = new DoubleRingBuffer(8);
    private final transient DoubleRingBuffer control = new DoubleRingBuffer(8);
    private boolean closed;

    @Override
    public String name() {
        return "deque_history";
    }

    @Override
    public double computeControl(double t, double[] x, double lastControl) {
        addLast(lastControl);
        return -x[0];
    }

    @Override
    public void reset() {
        clear();
    }

    @Override
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    @Override
    public DoubleRingBuffer sigmaHistory() {
        return sigma;
    }

    @Override
    public DoubleRingBuffer controlHistory() {
        return control;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
