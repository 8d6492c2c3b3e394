package io.dip.testkit.holding.corpus.bad;

import io.dip.api.Controller;
import io.dip.api.Diagnostics;
import io.dip.api.DoubleRingBuffer;
import java.util.TimerTask;

/** Extends a JDK class with state of its own (a TimerTask, to be scheduled by a Timer). */
public final class TimerTaskController extends TimerTask implements Controller {

    private final Diagnostics diagnostics = new Diagnostics(Diagnostics.FAULT);
    private final DoubleRingBuffer history = new DoubleRingBuffer(8);
    private boolean closed;

    @Override
    public void run() {
        history.clear();
    }

    @Override
    public String name() {
        return "timer_task";
    }

    @Override
    public double computeControl(double t, double[] x, double lastControl) {
        history.add(lastControl);
        return -x[0];
    }

    @Override
    public void reset() {
        run();
    }

    @Override
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    @Override
    public DoubleRingBuffer sigmaHistory() {
        return history;
    }

    @Override
    public DoubleRingBuffer controlHistory() {
        return history;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        cancel();
    }
}
