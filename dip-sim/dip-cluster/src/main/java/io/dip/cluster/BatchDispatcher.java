package io.dip.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.IExecutorService;
import io.dip.sim.cluster.StudyRecipe;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.montecarlo.MonteCarloTally;
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
 * Spreads the runs of a Monte Carlo study over the members in tasks of {@link TaskSize} runs and folds the answers
 * into the tally in run-index order. Each task goes to the member with the fewest tasks per task thread in flight;
 * at most {@link #IN_FLIGHT_PER_THREAD} tasks per thread are in flight and answers are kept at most
 * {@link #AHEAD_PER_THREAD} tasks per thread ahead of the fold, so memory does not grow with the study. A task whose
 * member left the cluster (killed, or shut down) is sent again to another member, at most {@link #MAX_ATTEMPTS}
 * times; its runs are deterministic, so the report does not change. When no member is left, the study fails after
 * {@link HazelcastSettings#startTimeoutSeconds()}.
 */
final class BatchDispatcher {

    /** Tasks in flight per member task thread. */
    static final int IN_FLIGHT_PER_THREAD = 2;

    /** Answered tasks kept ahead of the fold, per task thread. */
    static final int AHEAD_PER_THREAD = 8;

    /** Times a task is sent before the study fails. */
    static final int MAX_ATTEMPTS = 5;

    private record Answer(int task, Member member, BatchOutcome outcome, Throwable failure) {
    }

    private final ClusterClient client;
    private final IExecutorService executor;
    private final StudyRecipe recipe;
    private final List<PluginFingerprint> plugins;
    private final MonteCarloStudy study;
    private final int runsPerTask;
    private final int tasks;
    private final BlockingQueue<Answer> answers = new LinkedBlockingQueue<>();
    private final Map<Member, Integer> inFlight = new HashMap<>();
    private final Map<Integer, Integer> attempts = new HashMap<>();
    private final Deque<Integer> resend = new ArrayDeque<>();
    private final TreeMap<Integer, BatchOutcome> answered = new TreeMap<>();
    private int nextTask;
    private int nextToFold;

    /**
     * @param client      the connected client
     * @param recipe      what the members rebuild the study from
     * @param plugins     the plugin jars of this process
     * @param study       the study as built here
     * @param runsPerTask runs per task, ≥ 1
     */
    BatchDispatcher(ClusterClient client, StudyRecipe recipe, List<PluginFingerprint> plugins, MonteCarloStudy study,
            int runsPerTask) {
        this.client = client;
        this.executor = client.instance().getExecutorService(HazelcastSettings.EXECUTOR);
        this.recipe = recipe;
        this.plugins = plugins;
        this.study = study;
        this.runsPerTask = runsPerTask;
        this.tasks = (study.runs() + runsPerTask - 1) / runsPerTask;
    }

    /** @return number of tasks of the study */
    int tasks() {
        return tasks;
    }

    /**
     * Runs the study until every run is folded or {@code cancellation} is set.
     *
     * @param tally        receives the runs in index order
     * @param cancellation stops sending tasks; the answers already in are folded as far as they are contiguous
     * @throws IllegalStateException when a member refuses a task, a task fails {@link #MAX_ATTEMPTS} times, or no
     *                               member is left
     */
    void run(MonteCarloTally tally, Cancellation cancellation) {
        long lastMemberSeen = System.nanoTime();
        while (nextToFold < tasks && !cancellation.isCancelled()) {
            List<Member> members = client.members();
            if (members.isEmpty()) {
                if (System.nanoTime() - lastMemberSeen > TimeUnit.SECONDS.toNanos(HazelcastSettings.startTimeoutSeconds())) {
                    throw new IllegalStateException("no member of the cluster is left to run the study ("
                            + nextToFold * (long) runsPerTask + " runs folded)");
                }
            } else {
                lastMemberSeen = System.nanoTime();
                send(members);
            }
            Answer answer = poll();
            if (answer != null) {
                take(answer);
                fold(tally);
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
            int first = task * runsPerTask;
            MonteCarloBatch batch = new MonteCarloBatch(recipe, plugins, first,
                    Math.min(runsPerTask, study.runs() - first));
            inFlight.merge(target, 1, Integer::sum);
            inFlightTotal++;
            executor.submitToMember(batch, target, new ExecutionCallback<BatchOutcome>() {
                @Override
                public void onResponse(BatchOutcome response) {
                    answers.add(new Answer(task, target, response, null));
                }

                @Override
                public void onFailure(Throwable t) {
                    answers.add(new Answer(task, target, null, t));
                }
            });
        }
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

    private Answer poll() {
        try {
            return answers.poll(100, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cluster");
        }
    }

    private void take(Answer answer) {
        inFlight.computeIfPresent(answer.member(), (member, count) -> count > 1 ? count - 1 : null);
        BatchOutcome outcome = answer.outcome();
        if (outcome != null && outcome.refusal() != null) {
            throw new IllegalStateException(outcome.refusal());
        }
        if (outcome != null && !outcome.cancelled()) {
            answered.put(answer.task(), outcome);
            return;
        }
        int attempt = attempts.merge(answer.task(), 1, Integer::sum);
        if (attempt >= MAX_ATTEMPTS) {
            int first = answer.task() * runsPerTask;
            throw new IllegalStateException("runs " + first + ".." + (Math.min(first + runsPerTask, study.runs()) - 1)
                    + " failed " + attempt + " times on the cluster; last on " + HazelcastSettings.address(answer.member()) + ": "
                    + (answer.failure() == null ? "the member shut down" : answer.failure()));
        }
        resend.add(answer.task());
    }

    private void fold(MonteCarloTally tally) {
        for (BatchOutcome outcome = answered.remove(nextToFold); outcome != null;
                outcome = answered.remove(nextToFold)) {
            List<RunOutcome> runs = outcome.runs();
            for (int k = 0; k < runs.size(); k++) {
                int index = outcome.first() + k;
                tally.add(index, runs.get(k).toResult(study.scenario(index)));
            }
            attempts.remove(nextToFold);
            nextToFold++;
        }
    }
}
