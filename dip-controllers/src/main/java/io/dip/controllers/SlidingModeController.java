package io.dip.controllers;

import io.dip.api.AbstractController;
import io.dip.api.Diagnostics;
import io.dip.api.DynamicsModel;

/**
 * The control law every sliding-mode controller of this package shares; the life cycle (closed state, fault on a
 * non-finite state, histories, the model reference) is {@link AbstractController}'s. One control call:
 *
 * <ol>
 *   <li>the {@link SlidingSurface} gives σ, β and u_eq from the nominal model;</li>
 *   <li>the subclass's reaching law gives the desired {@code σ̇ = ν} from σ and {@code w = sat(σ, ε)};</li>
 *   <li>{@code u_raw = u_eq + ν/β}, {@code u = clamp(u_raw, ±max_force)} (N); a non-finite u_raw is a fault
 *       (u = 0, internal state untouched);</li>
 *   <li>the subclass advances its internal state by one period dt, told whether {@code u == u_raw}
 *       (for conditional-integration anti-windup);</li>
 *   <li>the diagnostics are updated (the base class then appends u and σ to the bounded histories).</li>
 * </ol>
 *
 * <p>Diagnostics: {@code sigma}, {@code u_eq}, {@code beta}, {@code fault}, then the subclass's own names.
 * Allocation-free after construction; confined to one thread.
 */
abstract class SlidingModeController extends AbstractController {

    private static final int SIGMA = 0;
    private static final int EQUIVALENT_CONTROL = 1;
    private static final int INPUT_GAIN = 2;
    private static final int FAULT = 3;
    private static final int FIRST_OWN = 4;

    private final SlidingSurface surface;

    /** Control period (s) the internal state is integrated with. */
    protected final double dt;

    /**
     * @param settings      validated common settings
     * @param ownDiagnostic the names of the subclass's diagnostics, published by {@link #publishState}
     */
    protected SlidingModeController(SlidingModeSettings settings, String... ownDiagnostic) {
        super(settings.name(), settings.nominal(), settings.maxForce(), settings.historyCapacity(),
                diagnosticNames(ownDiagnostic));
        this.surface = settings.surface();
        this.dt = settings.dt();
    }

    private static String[] diagnosticNames(String[] own) {
        String[] names = new String[FIRST_OWN + own.length];
        names[SIGMA] = Diagnostics.SIGMA;
        names[EQUIVALENT_CONTROL] = Diagnostics.U_EQ;
        names[INPUT_GAIN] = Diagnostics.BETA;
        names[FAULT] = Diagnostics.FAULT;
        System.arraycopy(own, 0, names, FIRST_OWN, own.length);
        return names;
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
        setDiagnostic(FIRST_OWN + slot, value);
    }

    @Override
    protected final double control(double t, double[] x, double lastControl, DynamicsModel model) {
        surface.evaluate(x, model);
        double sigma = surface.sigma();
        double beta = surface.inputGain();
        double equivalentControl = surface.equivalentControl();
        double w = surface.saturation(sigma);
        double raw = equivalentControl + reachingLaw(sigma, w) / beta;
        if (!Double.isFinite(raw)) {
            return raw;
        }
        double u = saturate(raw);
        advance(sigma, w, u == raw);
        setDiagnostic(SIGMA, sigma);
        setDiagnostic(EQUIVALENT_CONTROL, equivalentControl);
        setDiagnostic(INPUT_GAIN, beta);
        publishState();
        return u;
    }

    @Override
    protected final void onReset() {
        restoreInitialState();
        publishState();
    }
}
