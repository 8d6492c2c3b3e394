package io.dip.hil;

import io.dip.api.Diagnostics;
import io.dip.api.HardwareDriver;
import io.dip.api.StateIndex;

/**
 * A plant driver for tests that records every force it is commanded (up to a fixed capacity) and the
 * {@link System#nanoTime()} at which it entered its safe state; its state is the number of periods run in x.
 */
final class RecordingDriver implements HardwareDriver {

    private final double[] forces;
    private final Diagnostics counters = new Diagnostics("steps");
    private int steps;
    private boolean fresh;
    private volatile long safeAtNanos = -1;

    /** @param capacity the most forces recorded */
    RecordingDriver(int capacity) {
        this.forces = new double[capacity];
    }

    @Override
    public void open() {
    }

    @Override
    public void start() {
    }

    @Override
    public void command(double u) {
        if (steps < forces.length) {
            forces[steps] = u;
        }
        steps++;
        fresh = true;
    }

    @Override
    public boolean pollState(double[] state) {
        if (!fresh) {
            return false;
        }
        java.util.Arrays.fill(state, 0.0);
        state[StateIndex.X] = steps;
        fresh = false;
        return true;
    }

    @Override
    public void enterSafeState() {
        if (safeAtNanos < 0) {
            safeAtNanos = System.nanoTime();
        }
    }

    @Override
    public boolean faultLatched() {
        return safeAtNanos >= 0;
    }

    @Override
    public Diagnostics counters() {
        return counters;
    }

    @Override
    public void stop() {
        enterSafeState();
    }

    @Override
    public void close() {
        stop();
    }

    /** @return the forces commanded, one per period run (at most the capacity) */
    double[] forces() {
        return java.util.Arrays.copyOf(forces, Math.min(steps, forces.length));
    }

    /** @return when the safe state was entered ({@link System#nanoTime()}), −1 if never */
    long safeAtNanos() {
        return safeAtNanos;
    }
}
