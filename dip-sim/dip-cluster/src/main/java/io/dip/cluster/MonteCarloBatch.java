package io.dip.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import io.dip.sim.cluster.StudyRecipe;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.recording.RecorderFactory;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A task of a cluster Monte Carlo study: runs {@code first .. first+count−1} of the study rebuilt from its recipe,
 * one after the other on one executor thread of the member, and sends back their outcomes. The member refuses it
 * when its plugin jars differ from the invoking process's (by name and SHA-256), or when it is not a study worker.
 */
final class MonteCarloBatch implements Callable<BatchOutcome>, Serializable, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;

    private static final BatchRunner ONE_THREAD = new BatchRunner(1);

    private final StudyRecipe recipe;
    private final List<PluginFingerprint> plugins;
    private final int first;
    private final int count;
    private transient HazelcastInstance instance;

    /**
     * @param recipe  the study's recipe
     * @param plugins the plugin jars of the invoking process
     * @param first   index of the first run
     * @param count   number of runs, ≥ 1
     */
    MonteCarloBatch(StudyRecipe recipe, List<PluginFingerprint> plugins, int first, int count) {
        this.recipe = recipe;
        this.plugins = List.copyOf(plugins);
        this.first = first;
        this.count = count;
    }

    /** @return index of the first run */
    int first() {
        return first;
    }

    /** @return number of runs */
    int count() {
        return count;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.instance = hazelcastInstance;
    }

    @Override
    public BatchOutcome call() {
        String member = HazelcastSettings.address(instance.getCluster().getLocalMember());
        StudyHost host = (StudyHost) instance.getUserContext().get(StudyHost.KEY);
        if (host == null) {
            return BatchOutcome.refused(first, member, "member " + member + " serves no studies (start it with "
                    + "'dip worker')");
        }
        String mismatch = PluginMismatch.describe(plugins, host.plugins(), member);
        if (mismatch != null) {
            return BatchOutcome.refused(first, member, mismatch);
        }
        MonteCarloStudy study;
        try {
            study = host.study(recipe);
        } catch (RuntimeException e) {
            return BatchOutcome.refused(first, member, "member " + member + " cannot build the study: "
                    + e.getMessage());
        }
        List<RunOutcome> runs = new ArrayList<>(count);
        ONE_THREAD.forEach(count, k -> study.scenario(first + k), RecorderFactory.none(), host.shutdown(),
                (k, result) -> runs.add(RunOutcome.of(result)));
        return new BatchOutcome(first, runs, member, null, host.shutdown().isCancelled());
    }
}
