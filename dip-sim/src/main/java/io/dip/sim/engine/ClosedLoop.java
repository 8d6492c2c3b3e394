package io.dip.sim.engine;

import io.dip.api.Controller;
import io.dip.api.Diagnostics;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.StateIndex;
import io.dip.sim.disturbance.Disturbance;
import io.dip.sim.disturbance.SensorModel;
import io.dip.sim.metrics.MetricsAccumulator;
import io.dip.sim.metrics.RunMetrics;
import io.dip.sim.recording.Recorder;
import io.dip.sim.recording.Recording;
import java.io.UncheckedIOException;
import java.lang.ref.Reference;
import java.util.Arrays;

/**
 * One closed-loop run of a {@link Scenario}, advanced one control period at a time (docs/model.md §5):
 *
 * <pre>
 * t = k·dt
 * y = sensor(x_k)
 * u = controller.computeControl(t, y, u_prev)
 * u_act = clamp(u, ±max_force)                  the actuator's force (N): the motor limit applies to it alone
 * d = disturbance(t)                            an external push on the cart (N), not limited by the motor
 * x_{k+1} = integrator.step(x_k, u_act + d, dt)    (or an external plant: {@link PlantStep})
 * x_{k+1} = 0 if every |x_{k+1,i}| &lt; 1e-100    the equilibrium reached (see below)
 * record(t, x_k, u_act, d, σ)                   σ only when the controller reports one
 * x_{k+1} not finite                            → DIVERGED at t + dt, stop
 * |θ1| &gt; π/2 or |θ2| &gt; π/2 (or |x| &gt; track limit) → FELL (or OFF_TRACK) at t + dt, stop if stop_on_failure
 * u_prev = u_act
 * </pre>
 *
 * <p>A state whose every component is below {@value #NEGLIGIBLE_STATE} in magnitude (m, rad, m/s, rad/s) is set
 * to exactly zero, the upright equilibrium. A run that holds the pendulum decays exponentially, and after some
 * thousands of simulated seconds its state would sink into subnormal numbers (down to 1e-323), on which every
 * multiplication and every {@code sin}/{@code cos} costs up to a hundred times more; from 1e-100 on, the products
 * of three state components the plant forms underflow. Below 1e-100 m or rad nothing physical is lost.
 *
 * <p>The cost's control terms use u_act. A controller without the {@link Diagnostics#SIGMA} diagnostic is recorded
 * with {@link Recorder#NO_SIGMA} (an empty σ cell, a JSON null, no σ panel) and adds nothing to the cost's Σσ
 * term: it has no sliding variable to penalise.
 *
 * <p>A controller that {@link Controller#worksOverWholeCircle() works over the whole circle} (a swing-up) turns
 * the fall check off — the track limit still applies — and its measures use angles wrapped to (−π, π]. When the
 * controller publishes a {@link Diagnostics#MODE mode} diagnostic, its changes are counted.
 *
 * <p>The constructor creates the plant, the nominal model, the integrator and the controller and allocates every
 * buffer; {@link #step()} then allocates nothing. The loop owns the only strong reference to the nominal model
 * (the controller gets a {@link DynamicsRef}) for its whole life, and {@link #close()} closes the controller. With
 * {@code stop_on_failure: false} a run that fell goes on and ends with the status of its first failure (or
 * DIVERGED); the cost's failure time is that of the first failure. A step that throws ends the run ERROR
 * ({@link #step()}).
 *
 * <p>Confined to one thread. Use with try-with-resources; {@link SimulationEngine} shows the pattern.
 */
public final class ClosedLoop implements AutoCloseable {

    private static final double FALL_ANGLE = Math.PI / 2;
    /** Below this magnitude in every component, the state is set to zero (m, rad, m/s, rad/s). */
    static final double NEGLIGIBLE_STATE = 1e-100;

    private final Scenario scenario;
    private final DynamicsModel plant;
    private final DynamicsModel nominal;
    private final PlantStep plantStep;
    private final Controller controller;
    private final Diagnostics diagnostics;
    private final int sigmaIndex;
    private final int modeIndex;
    private final boolean fallCheck;
    private final Recorder recorder;
    private final MetricsAccumulator metrics;
    private final Disturbance disturbance;
    private final SensorModel sensor;
    private final long seed;
    private final long steps;
    private final double dt;
    private final double maxForce;
    private final double trackLimit;
    private final boolean stopOnFailure;
    private final double[] state = new double[StateIndex.DIMENSION];
    private final double[] next = new double[StateIndex.DIMENSION];
    private final double[] measured = new double[StateIndex.DIMENSION];

    private long step;
    private double previousControl;
    private StopStatus status;
    private StopStatus firstFailure;
    private double failureTime = Double.NaN;
    private double endTime;
    private String error;
    private Recording recording;

    /**
     * Builds the run: plant, nominal model, integrator and controller from the scenario's providers, and starts
     * the recorder.
     *
     * @param scenario what to run
     * @param recorder where the steps go (a new recorder, used for this run only)
     */
    public ClosedLoop(Scenario scenario, Recorder recorder) {
        this(scenario, recorder, null);
    }

    /**
     * Builds the run against an external plant: {@code plantStep} replaces the integration of the scenario's
     * plant (hardware in the loop). The scenario's plant model is still built, and nothing else changes.
     *
     * @param scenario  what to run
     * @param recorder  where the steps go (a new recorder, used for this run only)
     * @param plantStep advances the plant by one period; null integrates the scenario's plant
     */
    public ClosedLoop(Scenario scenario, Recorder recorder, PlantStep plantStep) {
        this.scenario = scenario;
        this.recorder = recorder;
        this.plant = scenario.plant().create();
        this.nominal = scenario.nominal().create();
        this.plantStep = plantStep != null ? plantStep : PlantStep.of(scenario.integrator().create(plant));
        this.controller = scenario.controller().create(DynamicsRef.of(nominal));
        this.diagnostics = controller.diagnostics();
        this.sigmaIndex = diagnostics.indexOf(Diagnostics.SIGMA);
        this.modeIndex = diagnostics.indexOf(Diagnostics.MODE);
        this.fallCheck = !controller.worksOverWholeCircle();
        this.metrics = new MetricsAccumulator(scenario.dt(), scenario.duration(), scenario.costFunction(),
                !fallCheck);
        this.disturbance = scenario.disturbance();
        this.sensor = scenario.sensor();
        this.seed = scenario.seed();
        this.steps = scenario.steps();
        this.dt = scenario.dt();
        this.maxForce = scenario.maxForce();
        this.trackLimit = scenario.trackLimit();
        this.stopOnFailure = scenario.stopOnFailure();
        double[] x0 = scenario.initialState();
        System.arraycopy(x0, 0, state, 0, StateIndex.DIMENSION);
        try {
            recorder.observe(diagnostics);
            recorder.begin(steps);
        } catch (RuntimeException e) {
            controller.close();
            throw e;
        }
    }

    /**
     * Runs one control period. Allocation-free. When the sensor, the controller, the disturbance or the integrator
     * throws (see {@link RunErrors#isRunFailure}), the run stops with status ERROR at the time of the step, its
     * state and recording as they were before that step; a recorder's I/O failure is thrown.
     *
     * @return true while the run goes on; false once it has stopped (also when called after the stop)
     * @throws UncheckedIOException when the recorder cannot write
     */
    public boolean step() {
        if (status != null) {
            return false;
        }
        try {
            return advance();
        } catch (UncheckedIOException e) {
            throw e;
        } catch (RuntimeException | Error e) {
            if (!RunErrors.isRunFailure(e)) {
                throw e;
            }
            error = RunErrors.reason(e);
            if (firstFailure == null) {
                failureTime = step * dt;
            }
            stop(StopStatus.ERROR, step * dt);
            return false;
        }
    }

    private boolean advance() {
        double t = step * dt;
        sensor.measure(seed, step, state, measured);
        double u = controller.computeControl(t, measured, previousControl);
        double actuator = Math.max(-maxForce, Math.min(maxForce, u));
        double push = disturbance.force(t);
        double applied = plantStep.advance(state, actuator + push, dt, next);
        if (plantStep.lost()) {
            stop(StopStatus.LINK_LOST, t);
            return false;
        }
        if (applied != actuator + push) {
            // the plant applied a force of its own (a safe 0 N): that is what acted on the cart
            actuator = applied;
            push = 0.0;
        }
        boolean hasSigma = sigmaIndex >= 0;
        double sigma = hasSigma ? diagnostics.value(sigmaIndex) : Recorder.NO_SIGMA;
        recorder.record(t, state, actuator, push, sigma);
        metrics.accept(t, state, actuator, hasSigma ? sigma : 0.0);
        if (modeIndex >= 0) {
            metrics.acceptMode(diagnostics.value(modeIndex));
        }
        step++;
        System.arraycopy(next, 0, state, 0, StateIndex.DIMENSION);
        flushNegligible(state);
        double now = step * dt;
        if (!isFinite(state)) {
            if (firstFailure == null) {
                failureTime = now;
            }
            firstFailure = StopStatus.DIVERGED;
            stop(StopStatus.DIVERGED, now);
            return false;
        }
        if (firstFailure == null) {
            StopStatus violation = violation(state);
            if (violation != null) {
                firstFailure = violation;
                failureTime = now;
                if (stopOnFailure) {
                    stop(violation, now);
                    return false;
                }
            }
        }
        previousControl = actuator;
        if (step == steps) {
            stop(firstFailure == null ? StopStatus.COMPLETED : firstFailure, now);
            return false;
        }
        return true;
    }

    /**
     * Steps until the run stops or {@code cancellation} is set (checked before every step).
     *
     * @param cancellation the flag to poll
     * @return the final status
     */
    public StopStatus run(Cancellation cancellation) {
        while (status == null) {
            if (cancellation.isCancelled()) {
                stop(StopStatus.CANCELLED, step * dt);
                break;
            }
            step();
        }
        return status;
    }

    private void stop(StopStatus finalStatus, double time) {
        status = finalStatus;
        endTime = time;
    }

    private StopStatus violation(double[] x) {
        if (fallCheck && (Math.abs(x[StateIndex.THETA1]) > FALL_ANGLE || Math.abs(x[StateIndex.THETA2]) > FALL_ANGLE)) {
            return StopStatus.FELL;
        }
        if (Math.abs(x[StateIndex.X]) > trackLimit) {
            return StopStatus.OFF_TRACK;
        }
        return null;
    }

    private static void flushNegligible(double[] x) {
        for (double v : x) {
            if (!(Math.abs(v) < NEGLIGIBLE_STATE)) {
                return;
            }
        }
        Arrays.fill(x, 0.0);
    }

    private static boolean isFinite(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** @return true until the run has stopped */
    public boolean isRunning() {
        return status == null;
    }

    /** @return the final status, or null while running */
    public StopStatus status() {
        return status;
    }

    /** @return control steps taken so far */
    public long stepsTaken() {
        return step;
    }

    /** @return the time of the current state (s) */
    public double time() {
        return step * dt;
    }

    /**
     * @param out receives the current state (length 6)
     * @return {@code out}
     */
    public double[] copyState(double[] out) {
        System.arraycopy(state, 0, out, 0, StateIndex.DIMENSION);
        return out;
    }

    /**
     * Finishes the recording and collects the result. Call once, after the run has stopped.
     *
     * @param wallTimeNanos the wall-clock time the run took (ns)
     * @return the result
     */
    public SimulationResult result(long wallTimeNanos) {
        if (status == null) {
            throw new IllegalStateException("the run has not stopped yet (step " + step + " of " + steps + ")");
        }
        if (recording != null) {
            throw new IllegalStateException("result already collected");
        }
        boolean cancelled = status == StopStatus.CANCELLED;
        recording = recorder.finish(endTime, state, !cancelled);
        RunMetrics runMetrics = metrics.finish(state, status.outcome(), failureTime);
        return new SimulationResult(scenario, status, endTime, failureTime, step, runMetrics, recording,
                wallTimeNanos, error);
    }

    /**
     * Closes the controller and, when no result was collected (the run threw), finishes the recording as partial.
     * Idempotent.
     */
    @Override
    public void close() {
        try {
            if (recording == null) {
                recording = recorder.finish(step * dt, state, false);
            }
        } finally {
            controller.close();
            Reference.reachabilityFence(nominal);
            Reference.reachabilityFence(plant);
        }
    }
}
