package io.dip.controllers.swingup;

import io.dip.api.AbstractController;
import io.dip.api.Angles;
import io.dip.api.Controller;
import io.dip.api.Diagnostics;
import io.dip.api.DoubleRingBuffer;
import io.dip.api.DynamicsRef;
import io.dip.api.StateIndex;
import java.util.Map;

/**
 * Swing-up from hanging to upright and hand-over to a stabilising controller ({@code swing_up_smc}, docs/model.md
 * §11): the two-degree-of-freedom scheme of Graichen, Treuer &amp; Zeitz (Automatica 43(1), 2007) — a feedforward
 * swing plus time-varying LQR feedback along it ({@link SwingUpPlan}, computed for the nominal model by
 * {@link SwingUpPlanner}) — followed by a stationary LQR catch and, once inside the stabiliser's region, the
 * stabilising controller (by default {@code sta_smc}). Four modes ({@link SwingUpMode}); with the angle error
 * {@code δθ_i = wrap(θ_i − θ_ref,i)} and {@code wrap} onto (−π, π]:
 *
 * <pre>
 *   swing  (k-th period of it):  u = u_ff,k − K_k·(x − x_ref,k)       until k = n, then catch
 *   catch:                       u = −K_up·(x − 0)                       wrapped angles
 *   hold:                        u = stabiliser(x with wrapped angles)
 *   settle:                      u = −K_down·(x − [0, π, π, 0, 0, 0])    wrapped angle errors
 * </pre>
 *
 * Switching, with Θ = max(|wrap θ1|, |wrap θ2|) (rad) and Ω = max(|θ̇1|, |θ̇2|) (rad/s):
 * <ul>
 *   <li>catch → hold when Θ &lt; enter_angle and Ω &lt; enter_rate; hold → catch when Θ &gt; leave_angle (the
 *       hysteresis band between the two keeps the modes from chattering);</li>
 *   <li>swing → settle when max|δθ| exceeds abort_error; catch → settle when Θ exceeds
 *       {@value #CATCH_LIMIT_FACTOR}·leave_angle;</li>
 *   <li>settle → swing (the plan replays from its start) once the pendulum hangs nearly at rest near the track's
 *       centre: |wrap(θ_i − π)| &lt; {@value #START_ANGLE} rad, Ω &lt; {@value #START_RATE} rad/s,
 *       |x| &lt; {@value #START_POSITION_SHARE}·min(track_limit, 1 m), |ẋ| &lt; {@value #START_SPEED} m/s.</li>
 * </ul>
 * The first call picks the mode from the state: hold (Θ &lt; leave_angle and Ω &lt; enter_rate: the stabiliser
 * keeps what it would not have to give up), catch (Θ within the catch's limit), swing (hanging nearly at rest) or
 * settle.
 *
 * <p>The output is clamped to ±max_force. Diagnostics: {@code sigma} (the stabiliser's σ while it holds, else 0),
 * {@code mode} (labelled settle, swing, catch, hold), {@code tracking_error} (max |δθ| against the reference in
 * swing, against upright or hanging otherwise, rad), {@code energy_error} (E(x) − E(upright) of the nominal model, J),
 * {@code fault}. Allocation-free; the plan is shared read-only; the stabiliser is owned and closed with this
 * controller.
 */
public final class SwingUpSmc implements Controller {

    /** Name of the tracking-error diagnostic (rad). */
    public static final String TRACKING_ERROR = "tracking_error";
    /** Name of the energy-error diagnostic (J). */
    public static final String ENERGY_ERROR = "energy_error";

    /** The catch gives up (→ settle) beyond this multiple of leave_angle. */
    static final double CATCH_LIMIT_FACTOR = 2.0;
    /** Largest angle from hanging at which a swing starts (rad). */
    static final double START_ANGLE = 0.25;
    /** Largest link rate at which a swing starts (rad/s). */
    static final double START_RATE = 0.6;
    /** Largest |x| at which a swing starts, as a share of min(track_limit, 1 m). */
    static final double START_POSITION_SHARE = 0.25;
    /** Largest cart speed at which a swing starts (m/s). */
    static final double START_SPEED = 0.3;

    private static final int N = StateIndex.DIMENSION;
    private static final int SIGMA = 0;
    private static final int MODE = 1;
    private static final int TRACKING = 2;
    private static final int ENERGY = 3;
    private static final int FAULT = 4;

    private final String name;
    private final SwingUpPlan plan;
    private final Controller stabilizer;
    private final int stabilizerSigma;
    private final DynamicsRef nominal;
    private final SwingUpThresholds thresholds;
    private final double maxForce;
    private final double trackLimit;
    private final double uprightEnergy;
    private final Diagnostics diagnostics;
    private final DoubleRingBuffer sigmaHistory;
    private final DoubleRingBuffer controlHistory;
    private final double[] wrapped = new double[N];
    private SwingUpMode mode;
    private int swingStep;
    private boolean closed;

    /**
     * @param name            provider name
     * @param plan            the swing-up plan for the nominal model
     * @param stabilizer      the stabilising controller (owned from now on)
     * @param nominal         the nominal model's reference (owned from now on)
     * @param thresholds      the switching thresholds
     * @param maxForce        actuator limit (N)
     * @param trackLimit      track half-length (m)
     * @param historyCapacity capacity of the σ and u histories
     */
    SwingUpSmc(String name, SwingUpPlan plan, Controller stabilizer, DynamicsRef nominal,
               SwingUpThresholds thresholds, double maxForce, double trackLimit, int historyCapacity) {
        this.name = name;
        this.plan = plan;
        this.stabilizer = stabilizer;
        this.stabilizerSigma = stabilizer.diagnostics().indexOf(Diagnostics.SIGMA);
        this.nominal = nominal;
        this.thresholds = thresholds;
        this.maxForce = maxForce;
        this.trackLimit = trackLimit;
        this.uprightEnergy = nominal.get().energy(new double[N]);
        this.diagnostics = new Diagnostics(Diagnostics.SIGMA, Diagnostics.MODE, TRACKING_ERROR, ENERGY_ERROR,
                Diagnostics.FAULT).labelValues(Diagnostics.MODE, SwingUpMode.labels());
        this.sigmaHistory = new DoubleRingBuffer(historyCapacity);
        this.controlHistory = new DoubleRingBuffer(historyCapacity);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean worksOverWholeCircle() {
        return true;
    }

    @Override
    public double computeControl(double t, double[] x, double lastControl) {
        ensureOpen();
        if (x.length != N) {
            throw new IllegalArgumentException("controller " + name + ": state must have " + N
                    + " components, got " + x.length);
        }
        for (int i = 0; i < N; i++) {
            if (!Double.isFinite(x[i])) {
                diagnostics.set(FAULT, 1.0);
                return 0.0;
            }
        }
        System.arraycopy(x, 0, wrapped, 0, N);
        wrapped[StateIndex.THETA1] = Angles.wrap(x[StateIndex.THETA1]);
        wrapped[StateIndex.THETA2] = Angles.wrap(x[StateIndex.THETA2]);
        if (mode == null) {
            mode = initialMode();
        }
        switchMode();
        double u;
        double sigma = 0.0;
        if (mode == SwingUpMode.SWING) {
            u = swing(x);
        } else if (mode == SwingUpMode.HOLD) {
            u = stabilizer.computeControl(t, wrapped, lastControl);
            sigma = stabilizerSigma >= 0 ? stabilizer.diagnostics().value(stabilizerSigma) : 0.0;
            diagnostics.set(TRACKING, uprightAngle());
        } else if (mode == SwingUpMode.CATCH) {
            u = regulate(0.0, true);
            diagnostics.set(TRACKING, uprightAngle());
        } else {
            u = regulate(Math.PI, false);
            diagnostics.set(TRACKING, Math.max(Math.abs(Angles.wrap(x[StateIndex.THETA1] - Math.PI)),
                    Math.abs(Angles.wrap(x[StateIndex.THETA2] - Math.PI))));
        }
        if (!Double.isFinite(u)) {
            diagnostics.set(FAULT, 1.0);
            return 0.0;
        }
        u = Math.max(-maxForce, Math.min(maxForce, u));
        diagnostics.set(SIGMA, sigma);
        diagnostics.set(MODE, mode.code());
        diagnostics.set(ENERGY, nominal.get().energy(x) - uprightEnergy);
        diagnostics.set(FAULT, 0.0);
        sigmaHistory.add(sigma);
        controlHistory.add(u);
        return u;
    }

    private SwingUpMode initialMode() {
        if (uprightAngle() < thresholds.leaveAngle() && rate() < thresholds.enterRate()) {
            return enterHold();
        }
        if (uprightAngle() <= CATCH_LIMIT_FACTOR * thresholds.leaveAngle()) {
            return SwingUpMode.CATCH;
        }
        return startsSwing() ? enterSwing() : SwingUpMode.SETTLE;
    }

    private void switchMode() {
        switch (mode) {
            case SWING -> {
                if (swingStep >= plan.steps()) {
                    mode = SwingUpMode.CATCH;
                }
            }
            case HOLD -> {
                if (uprightAngle() > thresholds.leaveAngle()) {
                    mode = SwingUpMode.CATCH;
                }
            }
            case SETTLE -> {
                if (startsSwing()) {
                    mode = enterSwing();
                }
            }
            default -> {
            }
        }
        if (mode == SwingUpMode.CATCH) {
            if (uprightAngle() < thresholds.enterAngle() && rate() < thresholds.enterRate()) {
                mode = enterHold();
            } else if (uprightAngle() > CATCH_LIMIT_FACTOR * thresholds.leaveAngle()) {
                mode = SwingUpMode.SETTLE;
            }
        }
    }

    private SwingUpMode enterHold() {
        stabilizer.reset();
        return SwingUpMode.HOLD;
    }

    private SwingUpMode enterSwing() {
        swingStep = 0;
        return SwingUpMode.SWING;
    }

    private boolean startsSwing() {
        return Math.abs(Angles.wrap(wrapped[StateIndex.THETA1] - Math.PI)) < START_ANGLE
                && Math.abs(Angles.wrap(wrapped[StateIndex.THETA2] - Math.PI)) < START_ANGLE
                && rate() < START_RATE
                && Math.abs(wrapped[StateIndex.X]) < START_POSITION_SHARE * Math.min(trackLimit, SwingUpPlanner.TRACK_CAP)
                && Math.abs(wrapped[StateIndex.X_DOT]) < START_SPEED;
    }

    private double swing(double[] x) {
        int k = swingStep;
        double u = plan.feedforward(k);
        double worst = 0;
        for (int i = 0; i < N; i++) {
            double error = x[i] - plan.reference(k, i);
            if (i == StateIndex.THETA1 || i == StateIndex.THETA2) {
                error = Angles.wrap(error);
                worst = Math.max(worst, Math.abs(error));
            }
            u -= plan.trackingGain(k, i) * error;
        }
        diagnostics.set(TRACKING, worst);
        swingStep++;
        if (worst > thresholds.abortError()) {
            mode = SwingUpMode.SETTLE;
        }
        return u;
    }

    private double regulate(double angle, boolean upright) {
        double u = 0;
        for (int i = 0; i < N; i++) {
            double error = wrapped[i];
            if (i == StateIndex.THETA1 || i == StateIndex.THETA2) {
                error = Angles.wrap(error - angle);
            }
            u -= (upright ? plan.uprightGain(i) : plan.hangingGain(i)) * error;
        }
        return u;
    }

    private double uprightAngle() {
        return Math.max(Math.abs(wrapped[StateIndex.THETA1]), Math.abs(wrapped[StateIndex.THETA2]));
    }

    private double rate() {
        return Math.max(Math.abs(wrapped[StateIndex.THETA1_DOT]), Math.abs(wrapped[StateIndex.THETA2_DOT]));
    }

    @Override
    public void reset() {
        ensureOpen();
        mode = null;
        swingStep = 0;
        stabilizer.reset();
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
        return Map.of(AbstractController.SIGMA_HISTORY, sigmaHistory, AbstractController.CONTROL_HISTORY,
                controlHistory);
    }

    /** @return true once {@link #close()} has run */
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        sigmaHistory.clear();
        controlHistory.clear();
        stabilizer.close();
        nominal.clear();
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
}
