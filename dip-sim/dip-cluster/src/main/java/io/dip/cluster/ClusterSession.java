package io.dip.cluster;

import io.dip.sim.cluster.ClusterBookkeeping;
import io.dip.sim.cluster.ClusterSettings;
import io.dip.sim.engine.Cancellation;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;

/**
 * One study's or tuning's use of the cluster: connected as a client, with every listed member present and holding
 * the plugin jars of this process; it measures the per-task overhead, spreads batches of runs with a
 * {@link TaskDispatcher} (tasks sized by {@link TaskSize}) and keeps the {@link ClusterBookkeeping}.
 */
final class ClusterSession implements AutoCloseable {

    private final ClusterSettings settings;
    private final ClusterClient client;
    private final List<PluginFingerprint> plugins;
    private final TaskTally tally = new TaskTally();
    private final long openedNanos;
    private volatile double setupSeconds = Double.NaN;
    private volatile double taskOverheadMillis = Double.NaN;
    private volatile int runsPerTask;
    private volatile ClusterBookkeeping bookkeeping;

    private ClusterSession(ClusterSettings settings, ClusterClient client, List<PluginFingerprint> plugins,
            long openedNanos) {
        this.openedNanos = openedNanos;
        this.settings = settings;
        this.client = client;
        this.plugins = plugins;
    }

    /**
     * @param settings         the cluster and its members
     * @param pluginsDirectory the {@code --plugins} directory of this process, or null
     * @return the session, once every listed member is there with the same plugin jars
     * @throws IllegalStateException    when a listed member cannot be reached in time
     * @throws IllegalArgumentException when a member has other plugin jars
     */
    static ClusterSession open(ClusterSettings settings, Path pluginsDirectory) {
        long start = System.nanoTime();
        List<PluginFingerprint> plugins = PluginFingerprint.of(pluginsDirectory);
        ClusterClient client = ClusterClient.connect(settings);
        try {
            client.checkPlugins(plugins);
            return new ClusterSession(settings, client, plugins, start);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** @return the plugin jars of this process, which every task carries */
    List<PluginFingerprint> plugins() {
        return plugins;
    }

    /**
     * Has every member rebuild the study and measures the fixed cost of a task.
     *
     * @param empty a task of the study without runs
     * @throws IllegalStateException when a member refuses the study
     */
    void measureOverhead(StudyTask<?> empty) {
        taskOverheadMillis = client.taskOverheadMillis(empty);
        setupSeconds = (System.nanoTime() - openedNanos) / 1e9;
        update();
    }

    /**
     * Runs {@code runs} runs on the cluster and folds what they give in run-index order.
     *
     * @param runs         runs to spread, ≥ 0
     * @param stepsPerRun  control steps of one run, ≥ 1 (sizes the tasks)
     * @param taskOf       makes the task of a range of runs
     * @param fold         receives the answers in run-index order
     * @param cancellation stops sending tasks when set
     * @param <V>          what a task's runs give
     */
    <V extends Serializable> void run(int runs, long stepsPerRun, TaskDispatcher.Tasks<V> taskOf,
            TaskDispatcher.Fold<V> fold, Cancellation cancellation) {
        runsPerTask = TaskSize.runsPerTask(runs, stepsPerRun, client.taskThreads());
        try {
            new TaskDispatcher<>(client, runs, runsPerTask, taskOf, tally).run(fold, cancellation);
        } finally {
            update();
        }
    }

    private void update() {
        bookkeeping = new ClusterBookkeeping(settings.name(), client.addresses(), client.taskThreads(),
                tally.tasks(), runsPerTask, taskOverheadMillis, tally.meanComputeMillis(), setupSeconds);
    }

    /** @return how the cluster was used so far */
    ClusterBookkeeping bookkeeping() {
        return bookkeeping;
    }

    /** Leaves the cluster. */
    @Override
    public void close() {
        client.close();
    }
}
