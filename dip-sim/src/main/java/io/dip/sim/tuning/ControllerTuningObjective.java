package io.dip.sim.tuning;

import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.metrics.CostFunction;

/**
 * Scores gain vectors by simulation: the cost of gains g is {@code J(g) = a·mean_i J_i(g) + b·max_i J_i(g)} over
 * the scenarios i of a {@link ScenarioSet} (docs/model.md §7, weights {@code cost_function.combine}), where
 * {@code J_i} is the cost of one closed-loop run.
 *
 * <p>A batch of n points becomes n × (number of scenarios) runs of a {@link ScenarioRuns} — the local thread pool
 * or a cluster — whose costs come back by index and are combined here, point by point, in scenario order; so the
 * costs are the same wherever the runs ran. A run cancelled through the {@link Cancellation} scores NaN, which makes
 * its point's cost NaN (the optimisers count it as the worst). Not thread-safe: one optimiser calls it.
 */
public final class ControllerTuningObjective implements BatchObjective {

    private final ScenarioSet scenarios;
    private final ScenarioRuns runs;
    private final CostFunction combination;
    private long simulations;
    private long steps;

    /**
     * @param scenarios the scenarios every point is scored on
     * @param runs      what runs them
     */
    public ControllerTuningObjective(ScenarioSet scenarios, ScenarioRuns runs) {
        this.scenarios = scenarios;
        this.runs = runs;
        this.combination = scenarios.scenarios().get(0).costFunction();
    }

    /**
     * Scores on the local thread pool.
     *
     * @param scenarios    the scenarios every point is scored on
     * @param runner       the threads that run the simulations
     * @param cancellation stops the simulations of the current batch when set
     */
    public ControllerTuningObjective(ScenarioSet scenarios, BatchRunner runner, Cancellation cancellation) {
        this(scenarios, new LocalScenarioRuns(scenarios, runner, cancellation));
    }

    /** Runs every point on every scenario and combines each point's costs. */
    @Override
    public void evaluate(double[][] points, double[] costsOut) {
        int m = scenarios.size();
        double[] runCosts = new double[points.length * m];
        steps += runs.run(points, runCosts);
        double[] perScenario = new double[m];
        for (int p = 0; p < points.length; p++) {
            System.arraycopy(runCosts, p * m, perScenario, 0, m);
            costsOut[p] = combination.combine(perScenario);
        }
        simulations += runCosts.length;
    }
    /**
     * @param gains a gain vector
     * @return its combined cost on the scenarios
     */
    public double cost(double[] gains) {
        double[] out = new double[1];
        evaluate(new double[][] {gains}, out);
        return out[0];
    }

    /** @return closed-loop runs simulated so far */
    public long simulations() {
        return simulations;
    }

    /** @return control steps simulated so far (runs that fail early contribute fewer) */
    public long steps() {
        return steps;
    }
}
