package io.dip.api;

/**
 * What a {@link HardwareDriverProvider} is given to create a driver.
 *
 * @param dt              control period (s), finite, &gt; 0
 * @param maxForce        actuator limit (N), finite, &gt; 0: the driver clamps every command to ±maxForce
 * @param initialState    the state the plant starts from (length 6); a simulated plant starts there, a real one is
 *                        expected to be placed there
 * @param watchdogSeconds the safe state is entered when no command comes for this long (s), &gt; 0; infinite turns
 *                        the watchdog off
 * @param seed            seed of the driver's random streams (sensor noise, injected faults)
 * @param plant           the simulated plant integrated over one period, for drivers that simulate one; null when
 *                        none was built
 * @param options         the driver's options block (unknown keys are errors)
 */
public record HardwareDriverSpec(double dt, double maxForce, double[] initialState, double watchdogSeconds, long seed,
        Integrator plant, Options options) {

    /** Checks the values and copies the initial state. */
    public HardwareDriverSpec {
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("dt must be finite and > 0, got " + dt);
        }
        if (!(maxForce > 0) || !Double.isFinite(maxForce)) {
            throw new IllegalArgumentException("max_force must be finite and > 0, got " + maxForce);
        }
        if (initialState == null || initialState.length != StateIndex.DIMENSION) {
            throw new IllegalArgumentException("initial state needs " + StateIndex.DIMENSION + " values");
        }
        if (!(watchdogSeconds > 0)) {
            throw new IllegalArgumentException("watchdog must be > 0 s, got " + watchdogSeconds);
        }
        if (options == null) {
            throw new IllegalArgumentException("options must not be null (use Options.empty)");
        }
        initialState = initialState.clone();
    }

    /** @return a copy of the initial state */
    @Override
    public double[] initialState() {
        return initialState.clone();
    }

    /**
     * @return the simulated plant
     * @throws IllegalArgumentException when the spec carries none
     */
    public Integrator requirePlant() {
        if (plant == null) {
            throw new IllegalArgumentException(options.path() + ": this driver simulates a plant and needs one");
        }
        return plant;
    }
}
