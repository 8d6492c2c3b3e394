package io.dip.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.IExecutorService;
import io.dip.sim.engine.Cancellation;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Spreads {@code runs} runs over the members in tasks of {@code runsPerTask} runs and folds the answers in run-index
 * order. Each task goes to the member with the fewest tasks per task thread in flight; at most
 * {@link #IN_FLIGHT_PER_THREAD} tasks per thread are in flight and answers are kept at most
 * {@link #AHEAD_PER_THREAD} tasks per thread ahead of the fold, so memory does not grow with the study. A task whose
 * member left the cluster (killed, or shut down) is sent again to another member, at most {@link #MAX_ATTEMPTS}
 * times; its runs are deterministic, so the result does not change. When no member is left, the study fails after
 * {@link HazelcastSettings#startTimeoutSeconds()}.
 *
 * @param <V> what a task's runs give
 */
final class TaskDispatcher<V extends Serializable> {

    /** Tasks in flight per member task thread. */
    static final int IN_FLIGHT_PER_THREAD = 2;

    /** Answered tasks kept ahead of the fold, per task thread. */
    static final int AHEAD_PER_THREAD = 8;

    /** Times a task is sent before the study fails. */
    static final int MAX_ATTEMPTS = 5;

    /** Makes the task of runs {@code first .. first+count−1}. */
    @FunctionalInterface
    interface Tasks<V extends Serializable> {

        /**
         * @param first index of the first run
         * @param count number of runs
         * @return the task
         */
        StudyTask<V> of(int first, int count);
    }

    /** Receives the answers in run-index order. */
    @FunctionalInterface
    interface Fold<V extends Serializable> {

        /**
         * @param first index of the task's first run
         * @param count number of runs of the task
         * @param value what they gave
         */
        void accept(int first, int count, V value);
    }

    private record Answer<V extends Serializable>(int task, Member member, TaskAnswer<V> answer, Throwable failure) {
    }

    private final ClusterClient client;
    private final IExecutorService executor;
    private final Tasks<V> taskOf;
    private final int runs;
    private final int runsPerTask;
    private final int tasks;
    private final TaskTally tally;
    private final BlockingQueue<Answer<V>> answers = new LinkedBlockingQueue<>();
    private final Map<Member, Integer> inFlight = new HashMap<>();
    private final Map<Integer, Integer> attempts = new HashMap<>();
    private final Deque<Integer> resend = new ArrayDeque<>();
    private final TreeMap<Integer, TaskAnswer<V>> answered = new TreeMap<>();
    private int nextTask;
    private int nextToFold;

    /**
     * @param client      the connected client
     * @param runs        runs to spread, ≥ 0
     * @param runsPerTask runs per task, ≥ 1
     * @param taskOf      makes the tasks
     * @param tally       counts the tasks and their compute time
     */
    TaskDispatcher(ClusterClient client, int runs, int runsPerTask, Tasks<V> taskOf, TaskTally tally) {
        this.client = client;
        this.executor = client.executor();
        this.taskOf = taskOf;
        this.runs = runs;
        this.runsPerTask = runsPerTask;
        this.tasks = (runs + runsPerTask - 1) / runsPerTask;
        this.tally = tally;
    }

    /**
     * Runs the tasks until every one is folded or {@code cancellation} is set.
     *
     * @param fold         receives the answers in run-index order
     * @param cancellation stops sending tasks; the answers already in are folded as far as they are contiguous
     * @throws IllegalStateException when a member refuses a task, a task fails {@link #MAX_ATTEMPTS} times, or no
     *                               member is left
     */
    void run(Fold<V> fold, Cancellation cancellation) {
        long lastMemberSeen = System.nanoTime();
        while (nextToFold < tasks && !cancellation.isCancelled()) {
            List<Member> members = client.members();
            if (members.isEmpty()) {
                long timeout = TimeUnit.SECONDS.toNanos(HazelcastSettings.startTimeoutSeconds());
                if (System.nanoTime() - lastMemberSeen > timeout) {
                    throw new IllegalStateException("no member of the cluster is left to run the study ("
                            + Math.min(runs, nextToFold * (long) runsPerTask) + " runs folded)");
                }
            } else {
                lastMemberSeen = System.nanoTime();
                send(members);
            }
            Answer<V> answer = poll();
            if (answer != null) {
                take(answer);
                fold(fold);
            }
        }
    }

    private void send(List<Member> members) {
        int threads = 0;
        for (Member member : members) {
            threads += ClusterClient.taskThreads(member);
        }
        int inFlightTotal = inFlight.values().stream().mapToInt(Integer::intValue).sum();
        while (inFlightTotal < threads * IN_FLIGHT_PER_THREAD
                && (!resend.isEmpty() || (nextTask < tasks && nextTask < nextToFold + threads * AHEAD_PER_THREAD))) {
            int task = resend.isEmpty() ? nextTask++ : resend.poll();
            Member target = leastLoaded(members);
            inFlight.merge(target, 1, Integer::sum);
            inFlightTotal++;
            executor.submitToMember(taskOf.of(first(task), count(task)), target,
                    new ExecutionCallback<TaskAnswer<V>>() {
                        @Override
                        public void onResponse(TaskAnswer<V> response) {
                            answers.add(new Answer<>(task, target, response, null));
                        }

                        @Override
                        public void onFailure(Throwable t) {
                            answers.add(new Answer<>(task, target, null, t));
                        }
                    });
        }
    }

    private int first(int task) {
        return task * runsPerTask;
    }

    private int count(int task) {
        return Math.min(runsPerTask, runs - first(task));
    }

    private Member leastLoaded(List<Member> members) {
        Member best = members.get(0);
        double bestLoad = Double.POSITIVE_INFINITY;
        for (Member member : members) {
            double load = inFlight.getOrDefault(member, 0) / (double) ClusterClient.taskThreads(member);
            if (load < bestLoad) {
                best = member;
                bestLoad = load;
            }
        }
        return best;
    }

    private Answer<V> poll() {
        try {
            return answers.poll(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cluster");
        }
    }

    private void take(Answer<V> answer) {
        inFlight.computeIfPresent(answer.member(), (member, count) -> count > 1 ? count - 1 : null);
        TaskAnswer<V> outcome = answer.answer();
        if (outcome != null && outcome.refusal() != null) {
            throw new IllegalStateException(outcome.refusal());
        }
        if (outcome != null && !outcome.cancelled()) {
            tally.add(outcome.computeNanos());
            answered.put(answer.task(), outcome);
            return;
        }
        int attempt = attempts.merge(answer.task(), 1, Integer::sum);
        if (attempt >= MAX_ATTEMPTS) {
            int first = first(answer.task());
            throw new IllegalStateException("runs " + first + ".." + (first + count(answer.task()) - 1)
                    + " failed " + attempt + " times on the cluster; last on "
                    + HazelcastSettings.address(answer.member()) + ": "
                    + (answer.failure() == null ? "the member shut down" : answer.failure()));
        }
        resend.add(answer.task());
    }

    private void fold(Fold<V> fold) {
        for (TaskAnswer<V> outcome = answered.remove(nextToFold); outcome != null;
                outcome = answered.remove(nextToFold)) {
            fold.accept(first(nextToFold), count(nextToFold), outcome.value());
            attempts.remove(nextToFold);
            nextToFold++;
        }
    }
}
