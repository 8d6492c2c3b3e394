package io.dip.cluster;

/**
 * Counts the tasks a study ran on the cluster and the time the members spent on their runs, for
 * {@link io.dip.sim.cluster.ClusterBookkeeping}. Used by the one thread that folds the answers.
 */
final class TaskTally {

    private long tasks;
    private long computeNanos;

    /** @param computeNanos the time a member spent on one answered task's runs (ns) */
    void add(long computeNanos) {
        tasks++;
        this.computeNanos += computeNanos;
    }

    /** @return tasks answered */
    long tasks() {
        return tasks;
    }

    /** @return mean time a member spent on the runs of a task (ms), NaN before any */
    double meanComputeMillis() {
        return tasks == 0 ? Double.NaN : computeNanos / 1e6 / tasks;
    }
}
