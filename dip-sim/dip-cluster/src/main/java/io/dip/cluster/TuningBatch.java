package io.dip.cluster;

import io.dip.sim.cluster.TuningRecipe;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Scenario;
import io.dip.sim.recording.RecorderFactory;
import io.dip.sim.tuning.LocalScenarioRuns;
import io.dip.sim.tuning.ScenarioSet;
import java.util.List;

/**
 * A task of a cluster tuning: runs {@code first .. first+count−1} of one batch of gain vectors, where run k is
 * scenario {@code k mod m} of the set (m scenarios) with gain vector {@code k div m}, and sends back their costs.
 * It carries only the gain vectors its runs use. The member refuses it when the scenario set it rebuilds from the
 * recipe is not the invoking process's (by the digest of its description).
 */
final class TuningBatch extends StudyTask<RunCosts> {

    private static final long serialVersionUID = 1L;

    private static final BatchRunner ONE_THREAD = new BatchRunner(1);

    private final TuningRecipe recipe;
    private final String scenarioDigest;
    private final double[][] points;
    private final int firstPoint;
    private transient ScenarioSet scenarios;

    /** A scenario set a member rebuilt, with its digest (both kept by the host). */
    private record Rebuilt(ScenarioSet scenarios, String digest) {
    }

    /**
     * @param recipe         the tuning's recipe
     * @param scenarioDigest {@link ScenarioDigest} of the invoking process's scenario set
     * @param plugins        the plugin jars of the invoking process
     * @param points         the gain vectors {@code firstPoint ..} of the batch that the runs use
     * @param firstPoint     index in the batch of {@code points[0]}
     * @param first          index of the first run in the batch
     * @param count          number of runs, ≥ 0
     */
    TuningBatch(TuningRecipe recipe, String scenarioDigest, List<PluginFingerprint> plugins, double[][] points,
            int firstPoint, int first, int count) {
        super(plugins, first, count);
        this.recipe = recipe;
        this.scenarioDigest = scenarioDigest;
        this.points = points;
        this.firstPoint = firstPoint;
    }

    @Override
    String prepare(StudyHost host) {
        Rebuilt rebuilt = host.built(recipe, registry -> {
            ScenarioSet set = recipe.scenarios(registry);
            return new Rebuilt(set, ScenarioDigest.of(set));
        });
        scenarios = rebuilt.scenarios();
        String digest = rebuilt.digest();
        return digest.equals(scenarioDigest) ? null : "builds other tuning scenarios from the same configuration "
                + "(digest " + digest + " instead of " + scenarioDigest + "): it runs another dip version";
    }

    @Override
    RunCosts compute(StudyHost host) {
        int m = scenarios.size();
        List<Scenario> set = scenarios.scenarios();
        double[] costs = new double[count()];
        long[] steps = new long[1];
        ONE_THREAD.forEach(count(), k -> {
            int run = first() + k;
            return set.get(run % m).withGains(points[run / m - firstPoint]);
        }, RecorderFactory.none(), host.shutdown(), (k, result) -> {
            costs[k] = LocalScenarioRuns.runCost(result);
            steps[0] += result.steps();
        });
        return new RunCosts(costs, steps[0]);
    }
}
