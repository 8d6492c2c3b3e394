package io.dip.cluster;

import io.dip.sim.cluster.ClusterBookkeeping;
import io.dip.sim.cluster.ClusterSettings;
import io.dip.sim.cluster.StudyCluster;
import io.dip.sim.cluster.StudyRecipe;
import io.dip.sim.cluster.TuningRecipe;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.montecarlo.MonteCarloReport;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.montecarlo.MonteCarloTally;
import io.dip.sim.montecarlo.RunRowsFile;
import io.dip.sim.tuning.ScenarioRuns;
import io.dip.sim.tuning.ScenarioSet;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * The {@link StudyCluster} on Hazelcast: this process joins the cluster as a client ({@link ClusterSession}),
 * checks that every listed member is there and has the same plugin jars, has every member rebuild the study while
 * it measures the per-task overhead, then runs the study's runs on the members' {@code dip worker}s and folds them
 * in index order: a Monte Carlo study's runs ({@link MonteCarloBatch}), or a tuning's batches of gain vectors
 * ({@link ClusterTuningRuns}).
 */
public final class HazelcastStudyCluster implements StudyCluster {

    private volatile ClusterSession last;

    /** The service instance, found with {@link java.util.ServiceLoader}. */
    public HazelcastStudyCluster() {
        // no study yet
    }

    @Override
    public MonteCarloReport monteCarlo(ClusterSettings cluster, StudyRecipe recipe, Path pluginsDirectory,
            MonteCarloStudy study, Cancellation cancellation, RunRowsFile rows, IntConsumer progress) {
        long start = System.nanoTime();
        try (ClusterSession session = ClusterSession.open(cluster, pluginsDirectory)) {
            last = session;
            List<PluginFingerprint> plugins = session.plugins();
            session.measureOverhead(new MonteCarloBatch(recipe, plugins, 0, 0));
            MonteCarloTally tally = new MonteCarloTally(study, MonteCarloReport.RUNS_IN_JSON, rows);
            session.run(study.runs(), study.base().steps(),
                    (first, count) -> new MonteCarloBatch(recipe, plugins, first, count),
                    (first, count, outcomes) -> {
                        for (int k = 0; k < count; k++) {
                            tally.add(first + k, outcomes.get(k).toResult(study.scenario(first + k)));
                        }
                        progress.accept(count);
                    }, cancellation);
            return tally.report(System.nanoTime() - start);
        }
    }

    @Override
    public ScenarioRuns tuning(ClusterSettings cluster, TuningRecipe recipe, Path pluginsDirectory,
            ScenarioSet scenarios, Cancellation cancellation) {
        ClusterSession session = ClusterSession.open(cluster, pluginsDirectory);
        last = session;
        try {
            return new ClusterTuningRuns(session, recipe, scenarios, cancellation);
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    @Override
    public ClusterBookkeeping bookkeeping() {
        ClusterSession session = last;
        return session == null ? null : session.bookkeeping();
    }
}
