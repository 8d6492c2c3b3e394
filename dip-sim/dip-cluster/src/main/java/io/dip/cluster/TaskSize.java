package io.dip.cluster;

/**
 * How many runs one cluster task carries. A task costs a fixed overhead (serializing it and its answer, two network
 * hops, the executor's queue: a few milliseconds on one loaded machine, see docs/cluster.md) whatever its runs, so a
 * task carries at least {@link #TARGET_STEPS} simulated steps — enough to keep that overhead under 10 % of its compute
 * — but no more than a {@link #TASKS_PER_THREAD}-th of an equal share of the runs over the members' task threads, so
 * that every thread gets work and the threads finish together.
 */
final class TaskSize {

    /** Simulated steps a task carries at least, when the study has that many per task thread. */
    static final long TARGET_STEPS = 500_000;

    /** Tasks per member task thread at least, when the study is too small for {@link #TARGET_STEPS} per task. */
    static final int TASKS_PER_THREAD = 4;

    /** Most runs in one task, which bounds the size of an answer. */
    static final int MAX_RUNS = 1024;

    private TaskSize() {
    }

    /**
     * @param runs        runs of the study, ≥ 1
     * @param stepsPerRun simulated steps of one run, ≥ 1
     * @param taskThreads task threads of all the members together, ≥ 1
     * @return runs per task, in 1..{@link #MAX_RUNS}
     */
    static int runsPerTask(int runs, long stepsPerRun, int taskThreads) {
        long forOverhead = (TARGET_STEPS + stepsPerRun - 1) / Math.max(1, stepsPerRun);
        long shares = (long) TASKS_PER_THREAD * Math.max(1, taskThreads);
        long equalShare = (runs + shares - 1) / shares;
        return (int) Math.max(1, Math.min(MAX_RUNS, Math.min(forOverhead, equalShare)));
    }
}
