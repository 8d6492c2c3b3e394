package io.dip.sim.config;

import io.dip.api.Options;
import io.dip.api.StateIndex;
import io.dip.sim.runtime.PluginNames;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code simulation} section: what to simulate and how.
 *
 * @param duration          simulated time (s), &gt; 0; key {@code duration}
 * @param dt                control period and integration step (s), &gt; 0 and ≤ 1, ≤ duration; key {@code dt}
 * @param initialState      x(0) = [x, θ1, θ2, ẋ, θ̇1, θ̇2] (m, rad, rad, m/s, rad/s, rad/s), 6 finite numbers; key
 *                          {@code initial_state}
 * @param plant             the plant's dynamics provider name (normalised); key {@code plant}
 * @param nominalModel      the dynamics provider name of the controller's nominal model; key {@code nominal_model}
 * @param integrator        the integrator provider name; key {@code integrator}
 * @param integratorOptions options handed to the integrator provider (path {@code simulation.integrator_options});
 *                          key {@code integrator_options}
 * @param maxForce          actuator limit (N), &gt; 0; key {@code max_force}
 * @param trackLimit        half-length of the track (m), &gt; 0: |x| beyond it is a failure; key {@code track_limit}
 * @param stopOnFailure     stop the run at the first failure; key {@code stop_on_failure}
 * @param sampleEvery       record every N-th step, ≥ 1; key {@code sample_every}
 * @param recordLimit       the most recorded rows held in memory, ≥ 1; key {@code record_limit}
 */
public record SimulationSettings(double duration, double dt, double[] initialState, String plant, String nominalModel,
        String integrator, Map<String, Object> integratorOptions, double maxForce, double trackLimit,
        boolean stopOnFailure, int sampleEvery, int recordLimit) {

    /** Section name. */
    public static final String SECTION = "simulation";

    /** Path of the integrator options block. */
    public static final String INTEGRATOR_OPTIONS_PATH = SECTION + ".integrator_options";

    /** The built-in defaults. */
    public static final SimulationSettings DEFAULTS = new SimulationSettings(10.0, 0.001,
            new double[] {0.0, 0.1, -0.05, 0.0, 0.0, 0.0}, "full", "full", "rk4", Map.of(), 150.0, 5.0, true, 1,
            1_000_000);

    /**
     * Validates every value.
     *
     * @throws ConfigException naming the key and the allowed range
     */
    public SimulationSettings {
        Range.POSITIVE.check(SECTION + ".duration", duration);
        Range.UNIT_OPEN_BELOW.check(SECTION + ".dt", dt);
        if (dt > duration) {
            throw new ConfigException(SECTION + ".dt", "must be <= simulation.duration (" + duration + "), got "
                    + dt);
        }
        initialState = Range.FINITE.checkVector(SECTION + ".initial_state", initialState, StateIndex.DIMENSION);
        plant = name(SECTION + ".plant", plant);
        nominalModel = name(SECTION + ".nominal_model", nominalModel);
        integrator = name(SECTION + ".integrator", integrator);
        integratorOptions = Settings.optionMap(INTEGRATOR_OPTIONS_PATH, integratorOptions);
        Range.POSITIVE.check(SECTION + ".max_force", maxForce);
        Range.POSITIVE.check(SECTION + ".track_limit", trackLimit);
        Range.checkInteger(SECTION + ".sample_every", sampleEvery, 1);
        Range.checkInteger(SECTION + ".record_limit", recordLimit, 1);
    }

    private static String name(String path, String value) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(path, "must name a provider, got " + (value == null ? "nothing" : "''"));
        }
        return PluginNames.normalise(value);
    }

    /** @return a copy of x(0) */
    @Override
    public double[] initialState() {
        return initialState.clone();
    }

    /** @return the integrator options as a path-aware block ({@code simulation.integrator_options}) */
    public Options integratorOptionBlock() {
        return Options.of(INTEGRATOR_OPTIONS_PATH, integratorOptions);
    }

    /** @return the number of control periods in a run, {@code round(duration / dt)} */
    public long steps() {
        return Math.round(duration / dt);
    }

    /** @return these settings with another x(0) */
    public SimulationSettings withInitialState(double[] state) {
        return new SimulationSettings(duration, dt, state, plant, nominalModel, integrator, integratorOptions,
                maxForce, trackLimit, stopOnFailure, sampleEvery, recordLimit);
    }

    /** @return these settings with another duration (s) */
    public SimulationSettings withDuration(double seconds) {
        return new SimulationSettings(seconds, dt, initialState, plant, nominalModel, integrator, integratorOptions,
                maxForce, trackLimit, stopOnFailure, sampleEvery, recordLimit);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SimulationSettings s && Double.compare(duration, s.duration) == 0
                && Double.compare(dt, s.dt) == 0 && Arrays.equals(initialState, s.initialState)
                && plant.equals(s.plant) && nominalModel.equals(s.nominalModel) && integrator.equals(s.integrator)
                && integratorOptions.equals(s.integratorOptions) && Double.compare(maxForce, s.maxForce) == 0
                && Double.compare(trackLimit, s.trackLimit) == 0 && stopOnFailure == s.stopOnFailure
                && sampleEvery == s.sampleEvery && recordLimit == s.recordLimit;
    }

    @Override
    public int hashCode() {
        return Objects.hash(duration, dt, Arrays.hashCode(initialState), plant, nominalModel, integrator,
                integratorOptions, maxForce, trackLimit, stopOnFailure, sampleEvery, recordLimit);
    }

    @Override
    public String toString() {
        return "SimulationSettings[duration=" + duration + ", dt=" + dt + ", initialState="
                + Arrays.toString(initialState) + ", plant=" + plant + ", nominalModel=" + nominalModel
                + ", integrator=" + integrator + ", integratorOptions=" + integratorOptions + ", maxForce=" + maxForce
                + ", trackLimit=" + trackLimit + ", stopOnFailure=" + stopOnFailure + ", sampleEvery=" + sampleEvery
                + ", recordLimit=" + recordLimit + "]";
    }
}
