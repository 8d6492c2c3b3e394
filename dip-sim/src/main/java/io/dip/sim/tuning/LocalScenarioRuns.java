package io.dip.sim.tuning;

import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.recording.RecorderFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link ScenarioRuns} of the local thread pool: one engine batch of n × m runs over the {@link BatchRunner}'s
 * threads; every run creates its own controller, records nothing and stops at its first failure. Results come back
 * in input order, so the costs do not depend on the thread count.
 */
public final class LocalScenarioRuns implements ScenarioRuns {

    private final ScenarioSet scenarios;
    private final BatchRunner runner;
    private final Cancellation cancellation;

    /**
     * @param scenarios    the scenarios every point is run on
     * @param runner       the threads that run the simulations
     * @param cancellation stops the simulations of the current batch when set
     */
    public LocalScenarioRuns(ScenarioSet scenarios, BatchRunner runner, Cancellation cancellation) {
        this.scenarios = scenarios;
        this.runner = runner;
        this.cancellation = cancellation;
    }

    @Override
    public long run(double[][] points, double[] runCosts) {
        List<Scenario> runs = new ArrayList<>(points.length * scenarios.size());
        for (double[] point : points) {
            runs.addAll(scenarios.withGains(point));
        }
        List<SimulationResult> results = runner.run(runs, RecorderFactory.none(), cancellation);
        long steps = 0;
        for (int i = 0; i < results.size(); i++) {
            SimulationResult r = results.get(i);
            runCosts[i] = runCost(r);
            steps += r.steps();
        }
        return steps;
    }

    /**
     * @param result a finished run
     * @return its cost J, or NaN when it was cancelled before its end
     */
    public static double runCost(SimulationResult result) {
        return result.status() == StopStatus.CANCELLED ? Double.NaN : result.cost();
    }
}
