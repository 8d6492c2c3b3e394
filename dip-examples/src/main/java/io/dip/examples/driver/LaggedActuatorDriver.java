package io.dip.examples.driver;

import io.dip.api.Diagnostics;
import io.dip.api.HardwareDriver;
import io.dip.api.HardwareDriverSpec;
import io.dip.api.Integrator;
import io.dip.api.StateIndex;
import io.dip.api.Watchdog;
import java.util.Set;

/**
 * A plant whose motor answers with a first-order lag: {@code u_act ← u_act + (dt/τ)·(u_cmd − u_act)} (N), then one
 * period of the spec's plant with {@code u_act}. Option {@code tau} (s, &gt; 0, default 0.02).
 *
 * <p>What every driver shows: the options read once at creation, the life cycle, the safe state (0 N, latched) and
 * the watchdog of the spec, counters in a {@link Diagnostics}, and nothing allocated per period.
 */
public final class LaggedActuatorDriver implements HardwareDriver {

    /** Option: the motor's time constant (s). */
    public static final String TAU = "tau";

    private final Integrator plant;
    private final double dt;
    private final double maxForce;
    private final double gain;
    private final Watchdog watchdog;
    private final Diagnostics counters = new Diagnostics("steps", "u_act");
    private final double[] state = new double[StateIndex.DIMENSION];
    private double actuatorForce;
    private boolean fresh;
    private boolean safe;

    /**
     * @param spec the spec, with a plant
     * @throws IllegalArgumentException for a bad {@code tau} or an unknown option
     */
    public LaggedActuatorDriver(HardwareDriverSpec spec) {
        spec.options().requireOnly(Set.of(TAU));
        double tau = spec.options().getDouble(TAU, 0.02, 1e-6, 1e3);
        this.plant = spec.requirePlant();
        this.dt = spec.dt();
        this.maxForce = spec.maxForce();
        this.gain = Math.min(1.0, dt / tau);
        this.watchdog = new Watchdog(spec.watchdogSeconds());
        System.arraycopy(spec.initialState(), 0, state, 0, StateIndex.DIMENSION);
    }

    @Override
    public void open() {
        // a real driver opens its port here and throws io.dip.api.HardwareException when it cannot
    }

    @Override
    public void start() {
        watchdog.kick(System.nanoTime());
    }

    @Override
    public void command(double u) {
        long now = System.nanoTime();
        if (watchdog.commandArrived(now)) {
            safe = true;
        }
        double commanded = safe ? 0.0 : Math.max(-maxForce, Math.min(maxForce, u));
        actuatorForce += gain * (commanded - actuatorForce);
        plant.step(state, actuatorForce, dt, state);
        counters.set(0, counters.value(0) + 1);
        counters.set(1, actuatorForce);
        fresh = true;
    }

    @Override
    public boolean pollState(double[] out) {
        if (watchdog.check(System.nanoTime())) {
            safe = true;
        }
        if (!fresh) {
            return false;
        }
        System.arraycopy(state, 0, out, 0, StateIndex.DIMENSION);
        fresh = false;
        return true;
    }

    @Override
    public void enterSafeState() {
        safe = true;
        actuatorForce = 0.0;
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
    }

    @Override
    public void close() {
        stop();
    }
}
