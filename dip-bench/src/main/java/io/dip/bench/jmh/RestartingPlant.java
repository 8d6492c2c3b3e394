package io.dip.bench.jmh;

import io.dip.api.Integrator;
import io.dip.api.StateIndex;
import io.dip.sim.engine.PlantStep;
import io.dip.sim.engine.Scenario;
import io.dip.testkit.contract.ProbeStates;

/**
 * The scenario's plant, integrated as the engine integrates it, whose state jumps to the next of the
 * {@link ProbeStates} every {@value #RESTART_EVERY} steps (10 s at dt = 0.01 s): a closed loop that never decays.
 *
 * <p>A run that holds the pendulum decays exponentially, and after some thousands of simulated seconds the engine
 * sets its state to exactly zero (docs/model.md §5); a benchmark that stepped one run for millions of steps would
 * time mostly steps of the zero state, in which the trigonometry and the switching function take their shortcuts.
 * With the jumps, every timed step is a step of a pendulum being brought back from a perturbation. The C reference
 * ({@code dip_reference steps}) restarts from the same states at the same steps.
 */
final class RestartingPlant implements PlantStep {

    /** Steps between two jumps. */
    static final int RESTART_EVERY = 1000;

    private final Integrator integrator;
    private final ProbeStates states;
    private int stepsSinceRestart;
    private long restarts;

    /**
     * @param scenario the run whose plant and integrator to use (the integrator holds the plant)
     * @param states   the states to jump to, in turn; the run starts from the first
     */
    RestartingPlant(Scenario scenario, ProbeStates states) {
        this.integrator = scenario.integrator().create(scenario.plant().create());
        this.states = states;
    }

    @Override
    public double advance(double[] x, double force, double dt, double[] next) {
        integrator.step(x, force, dt, next);
        if (++stepsSinceRestart == RESTART_EVERY) {
            stepsSinceRestart = 0;
            System.arraycopy(states.get(++restarts), 0, next, 0, StateIndex.DIMENSION);
        }
        return force;
    }
}
