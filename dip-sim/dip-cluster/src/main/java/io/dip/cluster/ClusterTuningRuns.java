package io.dip.cluster;

import io.dip.sim.cluster.TuningRecipe;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.tuning.ScenarioRuns;
import io.dip.sim.tuning.ScenarioSet;
import java.util.Arrays;

/**
 * The {@link ScenarioRuns} of a cluster: each batch of n gain vectors becomes n × m runs (m scenarios) spread over
 * the members in {@link TuningBatch}es, whose costs are put back by run index; so the optimiser sees the costs of
 * the local thread pool, bit for bit. A run not folded when the tuning is cancelled scores NaN.
 */
final class ClusterTuningRuns implements ScenarioRuns {

    private final ClusterSession session;
    private final TuningRecipe recipe;
    private final String scenarioDigest;
    private final int scenarios;
    private final long stepsPerRun;
    private final Cancellation cancellation;

    /**
     * @param session      the open session (closed with these runs)
     * @param recipe       what the members rebuild the scenario set from
     * @param set          the scenario set as built by this process
     * @param cancellation stops the current batch when set
     */
    ClusterTuningRuns(ClusterSession session, TuningRecipe recipe, ScenarioSet set, Cancellation cancellation) {
        this.session = session;
        this.recipe = recipe;
        this.scenarioDigest = ScenarioDigest.of(set);
        this.scenarios = set.size();
        this.stepsPerRun = set.scenarios().stream().mapToLong(Scenario::steps).max().orElse(1);
        this.cancellation = cancellation;
        session.measureOverhead(batch(new double[0][], 0, 0));
    }

    @Override
    public long run(double[][] points, double[] runCosts) {
        int runs = points.length * scenarios;
        Arrays.fill(runCosts, 0, runs, Double.NaN);
        long[] steps = new long[1];
        session.run(runs, stepsPerRun, (first, count) -> batch(points, first, count), (first, count, answer) -> {
            System.arraycopy(answer.costs(), 0, runCosts, first, count);
            steps[0] += answer.steps();
        }, cancellation);
        return steps[0];
    }

    /** The task of runs {@code first .. first+count−1}, carrying the gain vectors they use. */
    private TuningBatch batch(double[][] points, int first, int count) {
        int firstPoint = first / scenarios;
        int endPoint = count == 0 ? firstPoint : (first + count - 1) / scenarios + 1;
        return new TuningBatch(recipe, scenarioDigest, session.plugins(),
                Arrays.copyOfRange(points, firstPoint, endPoint), firstPoint, first, count);
    }

    /** Leaves the cluster. */
    @Override
    public void close() {
        session.close();
    }
}
