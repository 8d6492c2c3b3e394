package io.dip.hardware.rig;

import io.dip.api.Diagnostics;
import io.dip.api.HardwareDriver;
import io.dip.api.HardwareDriverSpec;
import io.dip.api.Integrator;
import io.dip.api.Options;
import io.dip.api.StateIndex;
import io.dip.api.Watchdog;
import java.util.Set;

/**
 * A simulated rig: the plant model of the spec integrated over one control period per {@link #command}, behind an
 * actuator and a sensor.
 *
 * <pre>
 * u_cmd   = safe ? 0 : clamp(u, ±max_force)               (N)
 * u_k     = u_cmd of period k − delay_steps (0 before)    (N)
 * x_{k+1} = integrator.step(x_k, u_k, dt)
 * y_{k+1} = quantise(x_{k+1} + noise)                     (see the sensor below)
 * </pre>
 *
 * <p>Options: {@code delay_steps} (actuator delay, whole periods, default 0), {@code noise_std} and
 * {@code quantization} (six values each, in the state's units; default 0: a perfect sensor). The sensor noise is
 * drawn from a stream seeded with the spec's seed. With no delay and a perfect sensor the rig's trajectory is the
 * integrator's, bit for bit.
 *
 * <p>Allocation-free after construction; confine to one thread.
 */
public final class SimulatedRig implements HardwareDriver {

    /** Option: actuator delay (control periods). */
    public static final String DELAY_STEPS = "delay_steps";
    /** Option: sensor noise standard deviation per state component. */
    public static final String NOISE_STD = "noise_std";
    /** Option: sensor quantisation step per state component. */
    public static final String QUANTIZATION = "quantization";
    /** The options this driver reads. */
    public static final Set<String> OPTIONS = Set.of(DELAY_STEPS, NOISE_STD, QUANTIZATION);

    /** Counter: periods integrated. */
    public static final String STEPS = "steps";

    private final Integrator plant;
    private final double dt;
    private final double maxForce;
    private final ActuatorDelay delay;
    private final RigSensor sensor;
    private final Watchdog watchdog;
    private final Diagnostics counters = new Diagnostics(STEPS);
    private final double[] state = new double[StateIndex.DIMENSION];
    private final double[] measured = new double[StateIndex.DIMENSION];
    private boolean fresh;
    private boolean safe;
    private boolean started;

    /**
     * @param spec the driver spec, with a plant
     * @throws IllegalArgumentException for a bad option (naming its path) or a spec without a plant
     */
    public SimulatedRig(HardwareDriverSpec spec) {
        Options options = spec.options();
        options.requireOnly(OPTIONS);
        this.plant = spec.requirePlant();
        this.dt = spec.dt();
        this.maxForce = spec.maxForce();
        this.delay = new ActuatorDelay(options.getInt(DELAY_STEPS, 0, 0, 100_000));
        this.sensor = new RigSensor(nonNegative(options, NOISE_STD), nonNegative(options, QUANTIZATION),
                spec.seed());
        this.watchdog = new Watchdog(spec.watchdogSeconds());
        System.arraycopy(spec.initialState(), 0, state, 0, StateIndex.DIMENSION);
        sensor.measure(state, measured);
    }

    private static double[] nonNegative(Options options, String key) {
        double[] values = options.getDoubleArray(key, StateIndex.DIMENSION);
        if (values == null) {
            return new double[StateIndex.DIMENSION];
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] < 0) {
                throw new IllegalArgumentException(options.pathOf(key) + "[" + i + "] (" + StateIndex.NAMES.get(i)
                        + ") must be >= 0, got " + values[i]);
            }
        }
        return values;
    }

    @Override
    public void open() {
        // nothing to acquire
    }

    @Override
    public void start() {
        started = true;
        watchdog.kick(System.nanoTime());
    }

    /** Integrates one period with {@code u} (see the class description). Allocation-free. */
    @Override
    public void command(double u) {
        long now = System.nanoTime();
        if (watchdog.commandArrived(now)) {
            enterSafeState();
        }
        double commanded = safe || !started ? 0.0 : Math.max(-maxForce, Math.min(maxForce, u));
        double applied = delay.pass(commanded);
        plant.step(state, applied, dt, state);
        sensor.measure(state, measured);
        counters.set(0, counters.value(0) + 1);
        fresh = true;
    }

    @Override
    public boolean pollState(double[] out) {
        if (watchdog.check(System.nanoTime())) {
            enterSafeState();
        }
        if (!fresh) {
            return false;
        }
        System.arraycopy(measured, 0, out, 0, StateIndex.DIMENSION);
        fresh = false;
        return true;
    }

    /**
     * @param out receives the last measured state, fresh or not (length 6)
     * @return {@code out}
     */
    public double[] measuredState(double[] out) {
        System.arraycopy(measured, 0, out, 0, StateIndex.DIMENSION);
        return out;
    }

    /**
     * @param out receives the true (unmeasured) state (length 6)
     * @return {@code out}
     */
    public double[] trueState(double[] out) {
        System.arraycopy(state, 0, out, 0, StateIndex.DIMENSION);
        return out;
    }

    @Override
    public void enterSafeState() {
        safe = true;
        watchdog.trip();
        delay.clear();
    }

    @Override
    public boolean faultLatched() {
        return safe;
    }

    @Override
    public Diagnostics counters() {
        return counters;
    }

    @Override
    public void stop() {
        enterSafeState();
        started = false;
    }

    @Override
    public void close() {
        stop();
    }
}
