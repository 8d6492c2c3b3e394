package io.dip.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A task of a cluster study: runs {@code first .. first+count−1} of the study on one executor thread of a member
 * and sends back what they give. Before running, the member refuses it when it is not a study worker, when its
 * plugin jars differ from the invoking process's (by name and SHA-256), or when it cannot rebuild the study. A task
 * of no run measures the fixed cost of a task ({@link io.dip.sim.cluster.ClusterBookkeeping}).
 *
 * @param <V> what the runs give
 */
abstract class StudyTask<V extends Serializable>
        implements Callable<TaskAnswer<V>>, Serializable, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;

    private final List<PluginFingerprint> plugins;
    private final int first;
    private final int count;
    private transient HazelcastInstance instance;

    /**
     * @param plugins the plugin jars of the invoking process
     * @param first   index of the first run
     * @param count   number of runs, ≥ 0
     */
    StudyTask(List<PluginFingerprint> plugins, int first, int count) {
        this.plugins = List.copyOf(plugins);
        this.first = first;
        this.count = count;
    }

    /** @return index of the first run */
    final int first() {
        return first;
    }

    /** @return number of runs */
    final int count() {
        return count;
    }

    @Override
    public final void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.instance = hazelcastInstance;
    }

    @Override
    public final TaskAnswer<V> call() {
        String member = HazelcastSettings.address(instance.getCluster().getLocalMember());
        StudyHost host = (StudyHost) instance.getUserContext().get(StudyHost.KEY);
        if (host == null) {
            return TaskAnswer.refused(first, member, "member " + member + " serves no studies (start it with "
                    + "'dip worker')");
        }
        String mismatch = PluginMismatch.describe(plugins, host.plugins(), member);
        if (mismatch != null) {
            return TaskAnswer.refused(first, member, mismatch);
        }
        String refusal;
        try {
            refusal = prepare(host);
        } catch (RuntimeException e) {
            refusal = "cannot build the study: " + e.getMessage();
        }
        if (refusal != null) {
            return TaskAnswer.refused(first, member, "member " + member + " " + refusal);
        }
        long start = System.nanoTime();
        V value = compute(host);
        return new TaskAnswer<>(first, value, member, null, host.shutdown().isCancelled(),
                System.nanoTime() - start);
    }

    /**
     * Rebuilds (or finds in the host's cache) what the runs need, and checks it.
     *
     * @param host the member's study host
     * @return why the member cannot run the task (completing "member HOST:PORT ..."), or null
     * @throws RuntimeException when the configuration or a provider is rejected on this member
     */
    abstract String prepare(StudyHost host);

    /**
     * Runs the task's runs, one after the other, stopping early when the host shuts down.
     *
     * @param host the member's study host, after {@link #prepare}
     * @return what the runs give
     */
    abstract V compute(StudyHost host);
}
