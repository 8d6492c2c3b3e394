package io.dip.cluster;

import io.dip.sim.cluster.ClusterSettings;
import io.dip.sim.cluster.StudyCluster;
import io.dip.sim.cluster.StudyRecipe;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.montecarlo.MonteCarloReport;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.montecarlo.MonteCarloTally;
import io.dip.sim.montecarlo.RunRowsFile;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@link StudyCluster} on Hazelcast: this process joins the cluster as a client ({@link ClusterClient}), checks
 * that every listed member is there and has the same plugin jars, then a {@link BatchDispatcher} runs the study on
 * the members' {@code dip worker}s and folds it in index order.
 */
public final class HazelcastStudyCluster implements StudyCluster {

    /** The service instance, found with {@link java.util.ServiceLoader}. */
    public HazelcastStudyCluster() {
        // stateless
    }

    @Override
    public MonteCarloReport monteCarlo(ClusterSettings cluster, StudyRecipe recipe, Path pluginsDirectory,
            MonteCarloStudy study, Cancellation cancellation, RunRowsFile rows) {
        long start = System.nanoTime();
        List<PluginFingerprint> plugins = PluginFingerprint.of(pluginsDirectory);
        try (ClusterClient client = ClusterClient.connect(cluster)) {
            client.checkPlugins(plugins);
            int runsPerTask = TaskSize.runsPerTask(study.runs(), study.base().steps(), client.taskThreads());
            MonteCarloTally tally = new MonteCarloTally(study, MonteCarloReport.RUNS_IN_JSON, rows);
            new BatchDispatcher(client, recipe, plugins, study, runsPerTask).run(tally, cancellation);
            return tally.report(System.nanoTime() - start);
        }
    }
}
