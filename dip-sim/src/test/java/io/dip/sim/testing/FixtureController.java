package io.dip.sim.testing;

import io.dip.api.Controller;
import io.dip.api.Diagnostics;
import io.dip.api.DoubleRingBuffer;
import io.dip.api.DynamicsRef;
import java.util.Map;

/** Linear state feedback {@code u = −k·x} saturated to ±maxForce; σ is reported as {@code k·x}. */
final class FixtureController implements Controller {

    private final double[] gains;
    private final double maxForce;
    private final Diagnostics diagnostics = new Diagnostics(Diagnostics.SIGMA, Diagnostics.FAULT);
    private final DoubleRingBuffer sigmaHistory;
    private final DoubleRingBuffer controlHistory;
    private DynamicsRef nominal;
    private boolean closed;

    FixtureController(double[] gains, double maxForce, int historyCapacity, DynamicsRef nominal) {
        this.gains = gains.clone();
        this.maxForce = maxForce;
        this.sigmaHistory = new DoubleRingBuffer(historyCapacity);
        this.controlHistory = new DoubleRingBuffer(historyCapacity);
        this.nominal = nominal;
    }

    @Override
    public String name() {
        return FixtureControllerProvider.NAME;
    }

    @Override
    public double computeControl(double t, double[] x, double lastControl) {
        if (closed) {
            throw new IllegalStateException("controller closed");
        }
        nominal.get();
        double sigma = 0;
        for (int i = 0; i < gains.length; i++) {
            sigma += gains[i] * x[i];
        }
        if (!Double.isFinite(sigma)) {
            diagnostics.set(1, 1.0);
            return 0.0;
        }
        double u = Math.max(-maxForce, Math.min(maxForce, -sigma));
        diagnostics.set(0, sigma);
        diagnostics.set(1, 0.0);
        sigmaHistory.add(sigma);
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
    public Map<String, DoubleRingBuffer> histories() {
        return Map.of("sigma", sigmaHistory, "u", controlHistory);
    }

    /** @return true once closed */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        reset();
        if (nominal != null) {
            nominal.clear();
            nominal = null;
        }
    }
}
