package io.dip.testkit.holding.corpus;

import io.dip.api.Controller;
import io.dip.api.Diagnostics;
import io.dip.api.DoubleRingBuffer;

/**
 * The part every corpus controller shares, written as a plugin author would: bounded histories, diagnostics and the
 * closed flag. Subclasses give the control law and hold whatever they are meant to test.
 */
public abstract class CorpusController implements Controller {

    private final String name;
    private final Diagnostics diagnostics = new Diagnostics(Diagnostics.FAULT);
    private final DoubleRingBuffer sigmaHistory = new DoubleRingBuffer(64);
    private final DoubleRingBuffer controlHistory = new DoubleRingBuffer(64);
    private boolean closed;

    /** @param name the controller's name */
    protected CorpusController(String name) {
        this.name = name;
    }

    /**
     * @param x the state
     * @return the force (N)
     */
    protected abstract double law(double[] x);

    @Override
    public String name() {
        return name;
    }

    @Override
    public double computeControl(double t, double[] x, double lastControl) {
        if (closed) {
            throw new IllegalStateException(name + " is closed");
        }
        double u = law(x);
        controlHistory.add(u);
        return u;
    }

    @Override
    public void reset() {
        sigmaHistory.clear();
        controlHistory.clear();
    }

    @Override
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    @Override
    public DoubleRingBuffer sigmaHistory() {
        return sigmaHistory;
    }

    @Override
    public DoubleRingBuffer controlHistory() {
        return controlHistory;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        reset();
    }
}
