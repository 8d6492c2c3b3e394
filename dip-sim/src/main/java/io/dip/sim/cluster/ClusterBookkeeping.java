package io.dip.sim.cluster;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a study used the cluster, for its report; none of it changes the study's results.
 *
 * <p>The per-task overhead is measured before the study starts: the median round trip of tasks that carry the
 * study's recipe but no run (serialising the task and its answer, two network hops, the member's executor queue,
 * the plugin check and the study lookup), {@value #OVERHEAD_PROBES} of them per member after one to warm up. The
 * compute of a task is the mean time a member spent running its runs. Their ratio is the share of the cluster's
 * time lost to distribution when the members are kept busy.
 *
 * @param cluster            the cluster's name
 * @param members            the members, {@code HOST:PORT}
 * @param taskThreads        study tasks the members run at once, all together
 * @param tasks              tasks run (a task resent after a member left counts twice)
 * @param itemsPerTask       runs per task (the last task of a batch may carry fewer)
 * @param taskOverheadMillis median round trip of a task without runs (ms)
 * @param taskComputeMillis  mean time a member spent on the runs of a task (ms), NaN before any task ran
 * @param setupSeconds       time from connecting to the first task: joining as a client, checking the members'
 *                           plugin jars, the members rebuilding the study, and timing the overhead (s)
 */
public record ClusterBookkeeping(String cluster, List<String> members, int taskThreads, long tasks, int itemsPerTask,
        double taskOverheadMillis, double taskComputeMillis, double setupSeconds) {

    /** Tasks per member whose round trip gives the per-task overhead. */
    public static final int OVERHEAD_PROBES = 8;

    /** Copies the members. */
    public ClusterBookkeeping {
        members = List.copyOf(members);
    }

    /** @return the overhead as a share of a task's compute (%), NaN before any task ran */
    public double overheadPercent() {
        return 100.0 * taskOverheadMillis / taskComputeMillis;
    }

    /** @return the bookkeeping as a JSON-ready map (keys in snake_case) */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", cluster);
        map.put("members", members);
        map.put("task_threads", taskThreads);
        map.put("tasks", tasks);
        map.put("runs_per_task", itemsPerTask);
        map.put("task_overhead_ms", taskOverheadMillis);
        map.put("task_compute_ms", taskComputeMillis);
        map.put("overhead_percent", overheadPercent());
        map.put("setup_s", setupSeconds);
        return map;
    }

    /** @return one line for the console */
    public String summary() {
        return String.format(Locale.ROOT, "cluster %s: %d member(s), %d task thread(s), set up in %.2f s; %d tasks "
                        + "of up to %d runs; per-task overhead %.2f ms = %.1f %% of a task's %.1f ms of compute",
                cluster, members.size(), taskThreads, setupSeconds, tasks, itemsPerTask, taskOverheadMillis,
                overheadPercent(), taskComputeMillis);
    }
}
