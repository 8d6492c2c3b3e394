package io.dip.testplugin.corpus;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.Diagnostics;
import io.dip.api.DoubleRingBuffer;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;

/**
 * A controller that keeps the whole contract, written as a third party would: LQR state feedback with a slow
 * integral on θ₁, scheduled by the cart's entry of the nominal mass matrix,
 * {@code u = −k·(M₁₁(x)/M₁₁(0))·(K·x + ki·K₂·∫θ₁ dt)} (N), saturated. The bad plugins of the corpus extend it and
 * break one rule each. (Its history accessors carry no {@code @Override}, so that it compiles whether the SPI
 * declares them or not.)
 */
public class CorpusController implements Controller {

    private static final int HISTORY = 100;
    /** LQR gains of the full model at upright (N/m, N/rad, N/rad, N·s/m, N·s/rad, N·s/rad). */
    private static final double[] LQR = {3.162277660168714, -278.02177431120737, 316.19119104414176,
        5.911336868346416, -14.458633853173557, 42.408902414183025};

    private final String name;
    private final DynamicsRef nominal;
    private final double k;
    private final double ki;
    private final double dt;
    private final double maxForce;
    private final double[] mass = new double[9];
    private final double restingMass;
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
        nominal.get().massMatrix(new double[6], mass);
        this.restingMass = mass[0];
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
        double scale = k * massScale(model, x) / restingMass;
        double sigma = 0.0;
        for (int i = 0; i < LQR.length; i++) {
            sigma += LQR[i] * x[i];
        }
        integral += x[1] * dt;
        double u = Math.max(-maxForce, Math.min(maxForce, -scale * (sigma + ki * LQR[1] * integral)));
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

    public DoubleRingBuffer sigmaHistory() {
        return sigmas;
    }

    public DoubleRingBuffer controlHistory() {
        return controls;
    }

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
