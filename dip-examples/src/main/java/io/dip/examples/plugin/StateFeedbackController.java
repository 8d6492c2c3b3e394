package io.dip.examples.plugin;

import io.dip.api.Controller;
import io.dip.api.Diagnostics;
import io.dip.api.DoubleRingBuffer;
import io.dip.api.StateIndex;

/**
 * Linear full-state feedback {@code u = clamp(−K·x, ±max_force)} (N), with K in N per state unit
 * (N/m, N/rad, N/rad, N·s/m, N·s/rad, N·s/rad).
 *
 * <p>Follows the memory rules of the SPI: final arrays sized at creation, bounded history, nothing allocated
 * in {@link #computeControl}; it needs no dynamics model.
 */
public final class StateFeedbackController implements Controller {

    private static final int SIGMA = 0;
    private static final int FAULT = 1;

    private final double[] gains;
    private final double maxForce;
    private final Diagnostics diagnostics = new Diagnostics(Diagnostics.SIGMA, Diagnostics.FAULT);
    private final DoubleRingBuffer sigmaHistory;
    private final DoubleRingBuffer controlHistory;
    private boolean closed;

    /**
     * @param gains           K (length 6)
     * @param maxForce        actuator limit (N)
     * @param historyCapacity capacity of the σ and u histories
     */
    StateFeedbackController(double[] gains, double maxForce, int historyCapacity) {
        this.gains = gains.clone();
        this.maxForce = maxForce;
        this.sigmaHistory = new DoubleRingBuffer(historyCapacity);
        this.controlHistory = new DoubleRingBuffer(historyCapacity);
    }

    @Override
    public String name() {
        return StateFeedbackProvider.NAME;
    }

    /** {@inheritDoc} Here σ is reported as the feedback term K·x (N). */
    @Override
    public double computeControl(double t, double[] x, double lastControl) {
        if (closed) {
            throw new IllegalStateException("controller " + name() + " is closed; create a new one");
        }
        double kx = 0.0;
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            kx += gains[i] * x[i];
        }
        if (!Double.isFinite(kx)) {
            diagnostics.set(FAULT, 1.0);
            return 0.0;
        }
        double u = Math.max(-maxForce, Math.min(maxForce, -kx));
        diagnostics.set(SIGMA, kx);
        diagnostics.set(FAULT, 0.0);
        sigmaHistory.add(kx);
        controlHistory.add(u);
        return u;
    }

    @Override
    public void reset() {
        diagnostics.clear();
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
        if (!closed) {
            closed = true;
            reset();
        }
    }
}
