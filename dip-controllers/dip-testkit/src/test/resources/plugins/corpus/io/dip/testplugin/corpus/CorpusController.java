package io.dip.testplugin.corpus;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.Diagnostics;
import io.dip.api.DoubleRingBuffer;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;

/**
 * A controller that keeps the whole contract, written as a third party would: a state-feedback law scaled by
 * the cart's entry of the nominal mass matrix, {@code u = −M₁₁·(k·(θ₁ + θ̇₁) + ki·∫θ₁ dt)}, saturated. The bad
 * plugins of the corpus extend it and break one rule each.
 */
public class CorpusController implements Controller {

    private static final int HISTORY = 100;

    private final String name;
    private final DynamicsRef nominal;
    private final double k;
    private final double ki;
    private final double dt;
    private final double maxForce;
    private final double[] mass = new double[9];
    private final Diagnostics diagnostics = new Diagnostics(Diagnostics.SIGMA, Diagnostics.FAULT);
    private final DoubleRingBuffer sigmas = new DoubleRingBuffer(HISTORY);
    private final DoubleRingBuffer controls = new DoubleRingBuffer(HISTORY);
    private double integral;
    private boolean closed;

    /**
     * @param name    the provider name
     * @param spec    gains {k, ki} (validated by the provider), period and limit
     * @param nominal the nominal model
     */
    public CorpusController(String name, ControllerSpec spec, DynamicsRef nominal) {
        double[] gains = spec.gains();
        this.name = name;
        this.nominal = nominal;
        this.k = gains[0];
        this.ki = gains[1];
        this.dt = spec.dt();
        this.maxForce = spec.maxForce();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public double computeControl(double t, double[] x, double lastControl) {
        if (closed) {
            throw new IllegalStateException("controller " + name + " is closed");
        }
        DynamicsModel model = nominal.get();
        double scale = massScale(model, x);
        double sigma = x[1] + x[4];
        integral += x[1] * dt;
        double u = Math.max(-maxForce, Math.min(maxForce, -scale * (k * sigma + ki * integral)));
        diagnostics.set(0, sigma);
        sigmas.add(sigma);
        controls.add(u);
        return u;
    }

    /**
     * @param model the nominal model
     * @param x     the state
     * @return M₁₁(x), the cart's entry of the mass matrix (kg)
     */
    protected double massScale(DynamicsModel model, double[] x) {
        model.massMatrix(x, mass);
        return mass[0];
    }

    @Override
    public void reset() {
        integral = 0.0;
        sigmas.clear();
        controls.clear();
        diagnostics.clear();
    }

    @Override
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    @Override
    public DoubleRingBuffer sigmaHistory() {
        return sigmas;
    }

    @Override
    public DoubleRingBuffer controlHistory() {
        return controls;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        sigmas.clear();
        controls.clear();
        nominal.clear();
    }
}
