package io.dip.controllers;

import io.dip.api.Controller;
import io.dip.api.Diagnostics;
import io.dip.api.DoubleRingBuffer;
import io.dip.api.StateIndex;

/**
 * The life cycle every sliding-mode controller of this package shares. One control call:
 *
 * <ol>
 *   <li>a non-finite state gives {@code u = 0} with the {@code fault} diagnostic raised and the internal state
 *       untouched;</li>
 *   <li>the {@link SlidingSurface} gives σ, β and u_eq from the nominal model;</li>
 *   <li>the subclass's reaching law gives the desired {@code σ̇ = ν} from σ and {@code w = sat(σ, ε)};</li>
 *   <li>{@code u_raw = u_eq + ν/β}, {@code u = clamp(u_raw, ±max_force)} (N); a non-finite u_raw is a fault
 *       as in 1;</li>
 *   <li>the subclass advances its internal state by one period dt, told whether {@code u == u_raw}
 *       (for conditional-integration anti-windup);</li>
 *   <li>diagnostics and the bounded σ and u histories are updated.</li>
 * </ol>
 *
 * <p>Diagnostics: {@code sigma}, {@code u_eq}, {@code beta}, {@code fault}, then the subclass's own names.
 * Allocation-free after construction; confined to one thread.
 */
abstract class SlidingModeController implements Controller {

    private static final int SIGMA = 0;
    private static final int EQUIVALENT_CONTROL = 1;
    private static final int INPUT_GAIN = 2;
    private static final int FAULT = 3;
    private static final int FIRST_OWN = 4;

    private final String name;
    private final SlidingSurface surface;
    private final double maxForce;
    private final Diagnostics diagnostics;
    private final DoubleRingBuffer sigmaHistory;
    private final DoubleRingBuffer controlHistory;
    private boolean closed;

    /** Control period (s) the internal state is integrated with. */
    protected final double dt;

    /**
     * @param settings      validated common settings
     * @param ownDiagnostic the names of the subclass's diagnostics, published by {@link #publishState}
     */
    protected SlidingModeController(SlidingModeSettings settings, String... ownDiagnostic) {
        this.name = settings.name();
        this.surface = settings.surface();
        this.dt = settings.dt();
        this.maxForce = settings.maxForce();
        this.sigmaHistory = new DoubleRingBuffer(settings.historyCapacity());
        this.controlHistory = new DoubleRingBuffer(settings.historyCapacity());
        String[] names = new String[FIRST_OWN + ownDiagnostic.length];
        names[SIGMA] = Diagnostics.SIGMA;
        names[EQUIVALENT_CONTROL] = Diagnostics.U_EQ;
        names[INPUT_GAIN] = Diagnostics.BETA;
        names[FAULT] = Diagnostics.FAULT;
        System.arraycopy(ownDiagnostic, 0, names, FIRST_OWN, ownDiagnostic.length);
        this.diagnostics = new Diagnostics(names);
    }

    /**
     * The desired sliding-variable rate ν of the reaching law, from the current internal state. Must not change
     * the internal state (that happens in {@link #advance}).
     *
     * @param sigma σ
     * @param w     {@code sat(σ, ε)}
     * @return ν (units of σ per s)
     */
    protected abstract double reachingLaw(double sigma, double w);

    /**
     * Advances the internal state by one control period {@link #dt} after a successful control call.
     *
     * @param sigma       σ
     * @param w           {@code sat(σ, ε)}
     * @param unsaturated true when the output was not clipped ({@code u == u_raw})
     */
    protected abstract void advance(double sigma, double w, boolean unsaturated);

    /** Restores the initial internal state. */
    protected abstract void restoreInitialState();

    /**
     * Writes the subclass's diagnostics with {@link #publish}, in the order given to the constructor. Subclasses
     * also call it at the end of their constructor, to show the initial internal state.
     */
    protected abstract void publishState();

    /**
     * @param slot  index among the subclass's own diagnostic names
     * @param value its current value
     */
    protected final void publish(int slot, double value) {
        diagnostics.set(FIRST_OWN + slot, value);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final double computeControl(double t, double[] x, double lastControl) {
        ensureOpen();
        if (x.length != StateIndex.DIMENSION) {
            throw new IllegalArgumentException("controller " + name + ": state must have "
                    + StateIndex.DIMENSION + " components, got " + x.length);
        }
        if (!isFinite(x)) {
            return fault();
        }
        surface.evaluate(x);
        double sigma = surface.sigma();
        double beta = surface.inputGain();
        double equivalentControl = surface.equivalentControl();
        double w = surface.saturation(sigma);
        double raw = equivalentControl + reachingLaw(sigma, w) / beta;
        if (!Double.isFinite(raw)) {
            return fault();
        }
        double u = Math.max(-maxForce, Math.min(maxForce, raw));
        advance(sigma, w, u == raw);
        diagnostics.set(SIGMA, sigma);
        diagnostics.set(EQUIVALENT_CONTROL, equivalentControl);
        diagnostics.set(INPUT_GAIN, beta);
        diagnostics.set(FAULT, 0.0);
        publishState();
        sigmaHistory.add(sigma);
        controlHistory.add(u);
        return u;
    }

    @Override
    public final void reset() {
        ensureOpen();
        restoreInitialState();
        sigmaHistory.clear();
        controlHistory.clear();
        diagnostics.clear();
        publishState();
    }

    @Override
    public final Diagnostics diagnostics() {
        return diagnostics;
    }

    @Override
    public final DoubleRingBuffer sigmaHistory() {
        return sigmaHistory;
    }

    @Override
    public final DoubleRingBuffer controlHistory() {
        return controlHistory;
    }

    @Override
    public final boolean isClosed() {
        return closed;
    }

    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        sigmaHistory.clear();
        controlHistory.clear();
        surface.release();
    }

    @Override
    public String toString() {
        return name + (closed ? " (closed)" : "");
    }

    private double fault() {
        diagnostics.set(FAULT, 1.0);
        return 0.0;
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("controller " + name + " is closed; create a new one");
        }
    }

    private static boolean isFinite(double[] x) {
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            if (!Double.isFinite(x[i])) {
                return false;
            }
        }
        return true;
    }
}
