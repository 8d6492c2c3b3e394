package io.dip.api;

import java.util.Map;

/**
 * The base class of a controller: everything of {@link Controller} but the control law. A subclass writes one
 * method, {@link #control}, and, when it has internal state, {@link #onReset}.
 *
 * <p>What this class does on each {@link #computeControl} call (allocation-free):
 * <ol>
 *   <li>refuses a closed controller ({@link IllegalStateException}) and a state whose length is not 6
 *       ({@link IllegalArgumentException});</li>
 *   <li>a state with a non-finite component gives {@code u = 0} with the {@link Diagnostics#FAULT} flag raised,
 *       without calling the law;</li>
 *   <li>reaches the nominal model through its {@link DynamicsRef} (a released model throws
 *       {@link DynamicsReleasedException}) and calls {@link #control} with it;</li>
 *   <li>a non-finite result is a fault as in 2; a finite one is clipped to {@code ±max_force} (N), the fault flag
 *       is lowered, and the output u and — when the controller declares σ — σ are appended to the bounded
 *       histories.</li>
 * </ol>
 *
 * <p>{@link #close()} empties the histories and clears the {@link DynamicsRef}; {@link #reset()} empties them
 * and calls {@link #onReset}. Diagnostics are the names the subclass declares, with {@link Diagnostics#FAULT}
 * appended unless it declares where.
 * A subclass that declares {@link Diagnostics#SIGMA} writes σ with {@link #setDiagnostic} in {@link #control}
 * and gets a σ history too; one that does not has no σ anywhere (the engine then records none).
 *
 * <p>Each history holds at most {@value #MAX_HISTORY_CAPACITY} values (8 bytes each), a capacity fixed at
 * creation.
 */
public abstract class AbstractController implements Controller {

    /** Key of the output history u (N) in {@link #histories()}. */
    public static final String CONTROL_HISTORY = "u";
    /** Key of the σ history in {@link #histories()}, present only when σ is declared. */
    public static final String SIGMA_HISTORY = Diagnostics.SIGMA;
    /** Option key of the capacity of each history. */
    public static final String HISTORY_CAPACITY = "history_capacity";
    /** Default capacity of each history. */
    public static final int DEFAULT_HISTORY_CAPACITY = 1000;
    /** Largest capacity of a history: 10⁷ values, 80 MB. */
    public static final int MAX_HISTORY_CAPACITY = 10_000_000;

    private final String name;
    private final DynamicsRef nominal;
    private final double maxForce;
    private final Diagnostics diagnostics;
    private final int faultIndex;
    private final int sigmaIndex;
    private final DoubleRingBuffer controlHistory;
    private final DoubleRingBuffer sigmaHistory;
    private boolean closed;

    /**
     * @param name            the provider name, e.g. {@code state_feedback}
     * @param nominal         the nominal model's reference given to the provider; this controller clears it on
     *                        {@link #close()}
     * @param maxForce        actuator limit (N), finite and &gt; 0
     * @param historyCapacity capacity of each history, in [1, {@value #MAX_HISTORY_CAPACITY}]
     * @param diagnosticNames the subclass's diagnostics, written with {@link #setDiagnostic} by index in this
     *                        order; include {@link Diagnostics#SIGMA} only if the law has a sliding variable.
     *                        {@link Diagnostics#FAULT}, written by this class, is appended unless the list
     *                        places it
     * @throws IllegalArgumentException for a null name or reference, a bad limit or capacity, or a repeated name
     */
    protected AbstractController(String name, DynamicsRef nominal, double maxForce, int historyCapacity,
                                 String... diagnosticNames) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("controller name must not be empty");
        }
        if (nominal == null) {
            throw new IllegalArgumentException("controller " + name + ": nominal dynamics reference must not be null");
        }
        if (!(maxForce > 0) || !Double.isFinite(maxForce)) {
            throw new IllegalArgumentException("controller " + name + ": max_force must be finite and > 0, got "
                    + maxForce);
        }
        if (historyCapacity < 1 || historyCapacity > MAX_HISTORY_CAPACITY) {
            throw new IllegalArgumentException("controller " + name + ": " + HISTORY_CAPACITY + " must be in [1, "
                    + MAX_HISTORY_CAPACITY + "], got " + historyCapacity);
        }
        this.name = name;
        this.nominal = nominal;
        this.maxForce = maxForce;
        Diagnostics declared = new Diagnostics(diagnosticNames);
        if (declared.indexOf(Diagnostics.FAULT) >= 0) {
            this.diagnostics = declared;
        } else {
            String[] names = new String[diagnosticNames.length + 1];
            System.arraycopy(diagnosticNames, 0, names, 0, diagnosticNames.length);
            names[diagnosticNames.length] = Diagnostics.FAULT;
            this.diagnostics = new Diagnostics(names);
        }
        this.faultIndex = diagnostics.indexOf(Diagnostics.FAULT);
        this.sigmaIndex = diagnostics.indexOf(Diagnostics.SIGMA);
        this.controlHistory = new DoubleRingBuffer(historyCapacity);
        this.sigmaHistory = sigmaIndex >= 0 ? new DoubleRingBuffer(historyCapacity) : null;
    }

    /**
     * Reads the {@value #HISTORY_CAPACITY} option (default {@value #DEFAULT_HISTORY_CAPACITY}).
     *
     * @param options the controller's options block
     * @return the capacity
     * @throws IllegalArgumentException naming the option path for a value outside [1,
     *                                  {@value #MAX_HISTORY_CAPACITY}]
     */
    public static int historyCapacity(Options options) {
        return options.getInt(HISTORY_CAPACITY, DEFAULT_HISTORY_CAPACITY, 1, MAX_HISTORY_CAPACITY);
    }

    /**
     * The control law. Called with a finite state only, once per control period; must not allocate and must not
     * keep {@code model} beyond the call. A non-finite result is treated as a fault (the caller returns 0), so
     * advance internal state only once the result is known to be finite.
     *
     * @param t           time (s)
     * @param x           measured state (length 6, finite), not to be modified
     * @param lastControl the actuator's force during the previous period (N)
     * @param model       the nominal model, for this call only
     * @return the commanded force (N); clipped to ±max_force afterwards
     */
    protected abstract double control(double t, double[] x, double lastControl, DynamicsModel model);

    /**
     * Restores the initial internal state; called by {@link #reset()} after the histories and diagnostics were
     * cleared. Nothing to do by default.
     */
    protected void onReset() {
    }

    /**
     * @param index position of the name among the names given to the constructor
     * @param value its current value
     */
    protected final void setDiagnostic(int index, double value) {
        if (index == faultIndex) {
            throw new IllegalArgumentException("the fault flag is written by " + AbstractController.class.getName());
        }
        diagnostics.set(index, value);
    }

    /**
     * @param force a force (N)
     * @return {@code clamp(force, ±max_force)} (N)
     */
    protected final double saturate(double force) {
        return Math.max(-maxForce, Math.min(maxForce, force));
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
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            if (!Double.isFinite(x[i])) {
                return fault();
            }
        }
        double force = control(t, x, lastControl, nominal.get());
        if (!Double.isFinite(force)) {
            return fault();
        }
        double u = saturate(force);
        diagnostics.set(faultIndex, 0.0);
        controlHistory.add(u);
        if (sigmaHistory != null) {
            sigmaHistory.add(diagnostics.value(sigmaIndex));
        }
        return u;
    }

    @Override
    public final void reset() {
        ensureOpen();
        clearHistories();
        diagnostics.clear();
        onReset();
    }

    @Override
    public final void close() {
        if (closed) {
            return;
        }
        closed = true;
        clearHistories();
        nominal.clear();
    }

    /** @return true once {@link #close()} has run */
    public final boolean isClosed() {
        return closed;
    }

    @Override
    public final Diagnostics diagnostics() {
        return diagnostics;
    }

    /** @return {@value #CONTROL_HISTORY} and, when σ is declared, {@value #SIGMA_HISTORY} */
    @Override
    public final Map<String, DoubleRingBuffer> histories() {
        return sigmaHistory == null
                ? Map.of(CONTROL_HISTORY, controlHistory)
                : Map.of(CONTROL_HISTORY, controlHistory, SIGMA_HISTORY, sigmaHistory);
    }

    @Override
    public String toString() {
        return name + (closed ? " (closed)" : "");
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("controller " + name + " is closed; create a new one");
        }
    }

    private double fault() {
        diagnostics.set(faultIndex, 1.0);
        return 0.0;
    }

    private void clearHistories() {
        controlHistory.clear();
        if (sigmaHistory != null) {
            sigmaHistory.clear();
        }
    }
}
