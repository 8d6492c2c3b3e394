package io.dip.sim.tuning;

import io.dip.api.ParameterSpace;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.ClosedLoop;
import io.dip.sim.engine.Scenario;
import io.dip.sim.recording.NullRecorder;
import java.util.Map;

/**
 * Tunes one controller's gains: minimises the combined cost J over a {@link ScenarioSet} with an
 * {@link Optimizer} within the gains' bounds, starting (for optimisers that take a start point) from the
 * defaults, and scores the defaults on the same scenarios for comparison.
 *
 * <p>One instance serves one run. {@link #cancel()} may be called from any thread (a shutdown hook): the
 * simulations in flight stop before their next step, the optimiser stops at its next iteration boundary, and
 * {@link #run} returns the best gains found so far.
 */
public final class GainTuner {

    private final ScenarioSet scenarios;
    private final ParameterSpace gains;
    private final Optimizer optimizer;
    private final ScenarioRuns.Opener runs;
    private final CancellationFlag optimizerStop = new CancellationFlag();
    private final Cancellation simulationStop = new Cancellation();

    /**
     * @param scenarios the scenarios, all with the controller to tune
     * @param gains     the controller's gains with the bounds to search (see {@link BoundsOverrides})
     * @param optimizer the optimiser
     * @param runs      what runs the simulations: the local thread pool or a cluster
     * @throws IllegalArgumentException when the gain count does not match the controller, or the controller
     *                                  rejects the gains at a corner of the bounds (e.g. a bound below a gain's
     *                                  domain); the message names the corner and the controller's reason
     */
    public GainTuner(ScenarioSet scenarios, ParameterSpace gains, Optimizer optimizer, ScenarioRuns.Opener runs) {
        this.scenarios = scenarios;
        this.gains = gains;
        this.optimizer = optimizer;
        this.runs = runs;
        checkCorner("lower", gains.lowerBounds());
        checkCorner("upper", gains.upperBounds());
    }

    /**
     * Tunes on the local thread pool.
     *
     * @param scenarios the scenarios, all with the controller to tune
     * @param gains     the controller's gains with the bounds to search
     * @param optimizer the optimiser
     * @param runner    the simulation threads
     * @throws IllegalArgumentException as the constructor that takes a {@link ScenarioRuns.Opener}
     */
    public GainTuner(ScenarioSet scenarios, ParameterSpace gains, Optimizer optimizer, BatchRunner runner) {
        this(scenarios, gains, optimizer, stop -> new LocalScenarioRuns(scenarios, runner, stop));
    }

    /** Creates (without running) the first scenario's controller with the given gains. */
    private void checkCorner(String which, double[] corner) {
        Scenario scenario = scenarios.scenarios().get(0);
        try {
            // building the loop creates the controller, which validates the gains
            new ClosedLoop(scenario.withGains(corner), NullRecorder.INSTANCE).close();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the " + which + " bounds of " + scenario.controller().provider().name()
                    + " " + BoundsOverrides.ranges(gains) + " are not valid gains: " + e.getMessage(), e);
        }
    }

    /** Stops the run as soon as possible; {@link #run} still returns the best gains found so far. Idempotent. */
    public void cancel() {
        optimizerStop.cancel();
        simulationStop.cancel();
    }

    /**
     * Scores the defaults, then runs the optimiser.
     *
     * @param seed     the optimiser's seed
     * @param listener told after each iteration
     * @param versions the software versions to record (e.g. {@code dip}, {@code java})
     * @return the report: best gains, their cost, the defaults' cost, history, scenarios, settings, versions
     */
    public TuningReport run(long seed, ProgressListener listener, Map<String, String> versions) {
        ControllerTuningObjective objective;
        double defaultCost;
        OptimizationResult result;
        try (ScenarioRuns opened = runs.open(simulationStop)) {
            objective = new ControllerTuningObjective(scenarios, opened);
            defaultCost = objective.cost(gains.defaults());
            OptimizationProblem problem = new OptimizationProblem(objective, BoundsOverrides.of(gains),
                    gains.defaults(), seed);
            result = optimizer.minimize(problem, listener, optimizerStop);
        }
        String controller = scenarios.scenarios().get(0).controller().provider().name();
        return new TuningReport(controller, gains, result, defaultCost, scenarios.describe(),
                objective.simulations(), objective.steps(), versions);
    }
}
