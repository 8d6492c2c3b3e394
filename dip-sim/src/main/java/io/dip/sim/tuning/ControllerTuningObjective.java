package io.dip.sim.tuning;

import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.metrics.CostFunction;
import io.dip.sim.recording.RecorderFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores gain vectors by simulation: the cost of gains g is {@code J(g) = a·mean_i J_i(g) + b·max_i J_i(g)} over
 * the scenarios i of a {@link ScenarioSet} (docs/model.md §7, weights {@code cost_function.combine}), where
 * {@code J_i} is the cost of one closed-loop run.
 *
 * <p>A batch of n points becomes one engine batch of n × (number of scenarios) runs, spread over the
 * {@link BatchRunner}'s threads; every run creates its own controller, records nothing and stops at its first
 * failure. Results come back in input order, so the costs are the same whatever the thread count. A run cancelled
 * through the {@link Cancellation} scores NaN, which makes its point's cost NaN (the optimisers count it as
 * the worst). Not thread-safe: one optimiser calls it.
 */
public final class ControllerTuningObjective implements BatchObjective {

    private final ScenarioSet scenarios;
    private final BatchRunner runner;
    private final Cancellation cancellation;
    private final CostFunction combination;
    private long simulations;
    private long steps;

    /**
     * @param scenarios    the scenarios every point is scored on
     * @param runner       the threads that run the simulations
     * @param cancellation stops the simulations of the current batch when set
     */
    public ControllerTuningObjective(ScenarioSet scenarios, BatchRunner runner, Cancellation cancellation) {
        this.scenarios = scenarios;
        this.runner = runner;
        this.cancellation = cancellation;
        this.combination = scenarios.scenarios().get(0).costFunction();
    }

    /** Runs every point on every scenario and combines each point's costs. */
    @Override
    public void evaluate(double[][] points, double[] costsOut) {
        int m = scenarios.size();
        List<Scenario> runs = new ArrayList<>(points.length * m);
        for (double[] point : points) {
            runs.addAll(scenarios.withGains(point));
        }
        List<SimulationResult> results = runner.run(runs, RecorderFactory.none(), cancellation);
        double[] perScenario = new double[m];
        for (int p = 0; p < points.length; p++) {
            for (int s = 0; s < m; s++) {
                SimulationResult r = results.get(p * m + s);
                perScenario[s] = r.status() == StopStatus.CANCELLED ? Double.NaN : r.cost();
                steps += r.steps();
            }
            costsOut[p] = combination.combine(perScenario);
        }
        simulations += runs.size();
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
