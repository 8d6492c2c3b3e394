package io.dip.sim.cli;

import io.dip.sim.config.SimulationSettings;
import picocli.CommandLine.Option;

/**
 * The scenario flags that do not choose the plant model, as a picocli mixin: initial state, duration, control
 * period, integrator, seed and recording decimation. {@link ScenarioOptions} adds {@code --plant MODEL}; a command
 * whose plant is not a model (a hardware-in-the-loop controller) uses this class alone. Each flag given overrides its
 * configuration key, after the file and the {@code --set} overrides. A flag not given leaves the configured value
 * (built-in defaults: rk4, dt 0.001 s, 10 s, x0 = [0, 0.1, −0.05, 0, 0, 0]).
 */
public class LoopOptions {

    @Option(names = "--initial-state", split = ",", paramLabel = "x,th1,th2,xd,th1d,th2d",
            description = "Initial state x(0): cart position (m), link angles from upright (rad), their rates "
                    + "(m/s, rad/s). Default: simulation.initial_state, built in [0, 0.1, -0.05, 0, 0, 0].")
    private double[] initialState;

    @Option(names = "--duration", paramLabel = "S",
            description = "Simulated time (s). Default: simulation.duration, built in 10.")
    private Double duration;

    @Option(names = "--dt", paramLabel = "S",
            description = "Control period and integration step (s). Default: simulation.dt, built in 0.001.")
    private Double dt;

    @Option(names = "--integrator", paramLabel = "METHOD",
            description = "Integration method: euler, rk4, rk45 or a plugin's. Default: simulation.integrator, built "
                    + "in rk4.")
    private String integrator;

    @Option(names = "--seed", paramLabel = "N",
            description = "Master random seed (sensor and disturbance noise, Monte Carlo draws). Default: seed, "
                    + "built in 42.")
    private Long seed;

    @Option(names = "--sample-every", paramLabel = "N",
            description = "Record one step in N (CSV rows, plotted points). Default: simulation.sample_every, built "
                    + "in 1.")
    private Integer sampleEvery;

    /**
     * @param duration the simulated time in effect (s)
     * @param dt       the step in effect (s)
     * @return e.g. {@code --duration 1E+12 s / simulation.dt 0.001 s}, each value named by its flag when given,
     *         else by its configuration key, for the {@link StepLimit} message
     */
    String describeSteps(double duration, double dt) {
        String simulation = SimulationSettings.SECTION + ".";
        return StepLimit.source("--duration", simulation + "duration", this.duration != null, duration) + " s / "
                + StepLimit.source("--dt", simulation + "dt", this.dt != null, dt) + " s";
    }

    /**
     * @return every flag given, as overrides of its configuration key (more may be added before applying them)
     */
    public FlagOverrides overrides() {
        String simulation = SimulationSettings.SECTION + ".";
        return new FlagOverrides()
                .put(simulation + "initial_state", "--initial-state", initialState)
                .put(simulation + "duration", "--duration", duration)
                .put(simulation + "dt", "--dt", dt)
                .put(simulation + "integrator", "--integrator", integrator)
                .put("seed", "--seed", seed)
                .put(simulation + "sample_every", "--sample-every", sampleEvery);
    }
}
