package io.dip.cluster;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import io.dip.sim.cluster.ClusterBookkeeping;
import io.dip.sim.cluster.ClusterSettings;
import io.dip.sim.cluster.ClusterSettings.Address;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The invoking process's connection to a cluster: a Hazelcast client (it runs no task and holds no data), checked
 * at start — every listed member must be in the cluster within {@link HazelcastSettings#startTimeoutSeconds()},
 * run the same {@link DipBuild}, serve studies, and have the plugin jars of this process — so that a study fails
 * before it starts, not midway.
 */
final class ClusterClient implements AutoCloseable {

    private final ClusterSettings cluster;
    private final HazelcastInstance client;

    private ClusterClient(ClusterSettings cluster, HazelcastInstance client) {
        this.cluster = cluster;
        this.client = client;
    }

    /**
     * @param cluster the cluster and its members
     * @return the connected client, once every listed member is in the cluster
     * @throws IllegalStateException    when the cluster or one of its listed members cannot be reached in time
     * @throws IllegalArgumentException when a member runs another dip build
     */
    static ClusterClient connect(ClusterSettings cluster) {
        HazelcastInstance client;
        try {
            client = HazelcastClient.newHazelcastClient(HazelcastSettings.client(cluster));
        } catch (IllegalStateException e) {
            throw new IllegalStateException("cannot reach cluster " + cluster.name() + " at "
                    + cluster.describeMembers() + " within " + HazelcastSettings.startTimeoutSeconds()
                    + " s: start the members with 'dip worker --cluster " + cluster.name() + "'", e);
        }
        ClusterClient connected = new ClusterClient(cluster, client);
        try {
            connected.awaitListedMembers();
        } catch (RuntimeException e) {
            connected.close();
            throw e;
        }
        return connected;
    }

    private void awaitListedMembers() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HazelcastSettings.startTimeoutSeconds());
        List<String> missing = missingMembers();
        while (!missing.isEmpty()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("cannot reach member(s) " + String.join(", ", missing)
                        + " of cluster " + cluster.name() + " within " + HazelcastSettings.startTimeoutSeconds()
                        + " s (the cluster has " + members().size() + " member(s))");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the members of " + cluster.name());
            }
            missing = missingMembers();
        }
    }

    private List<String> missingMembers() {
        List<String> missing = new ArrayList<>();
        for (Address listed : cluster.members()) {
            String ip = HazelcastSettings.ip("--members", listed.host());
            boolean present = members().stream().anyMatch(m -> m.getAddress().getPort() == listed.port()
                    && ip.equals(m.getAddress().getHost()));
            if (!present) {
                missing.add(listed.toString());
            }
        }
        return missing;
    }

    /**
     * Asks every member for its plugin jars (a member that leaves meanwhile is skipped: the study goes on without it).
     *
     * @param wanted the plugin jars of this process
     * @throws IllegalArgumentException naming the first member whose jars differ
     * @throws IllegalStateException    naming a member that serves no studies or does not answer
     */
    void checkPlugins(List<PluginFingerprint> wanted) {
        Map<Member, Future<List<PluginFingerprint>>> answers = executor().submitToAllMembers(new PluginInventory());
        for (Map.Entry<Member, Future<List<PluginFingerprint>>> answer : answers.entrySet()) {
            String member = HazelcastSettings.address(answer.getKey());
            List<PluginFingerprint> jars;
            try {
                jars = await(answer.getValue(), answer.getKey());
            } catch (MemberLeft left) {
                continue;
            }
            if (jars == null) {
                throw new IllegalStateException("member " + member + " serves no studies (start it with "
                        + "'dip worker')");
            }
            String mismatch = PluginMismatch.describe(wanted, jars, member);
            if (mismatch != null) {
                throw new IllegalArgumentException(mismatch);
            }
        }
    }

    /**
     * Sends {@code empty} (a task of no run) to every member, once to warm up (the member rebuilds the study) and
     * {@link ClusterBookkeeping#OVERHEAD_PROBES} times to time it, one at a time.
     *
     * @param empty a task of the study without runs
     * @return the median round trip (ms): the fixed cost of a task; a member that leaves meanwhile is skipped
     * @throws IllegalStateException when a member refuses the study or does not answer in time, or every member
     *                               left
     */
    double taskOverheadMillis(StudyTask<?> empty) {
        List<Double> roundTrips = new ArrayList<>();
        for (Member member : members()) {
            for (int probe = 0; probe <= ClusterBookkeeping.OVERHEAD_PROBES; probe++) {
                long start = System.nanoTime();
                TaskAnswer<?> answer;
                try {
                    answer = await(executor().submitToMember(empty, member), member);
                } catch (MemberLeft left) {
                    break;
                }
                if (answer.refusal() != null) {
                    throw new IllegalStateException(answer.refusal());
                }
                if (probe > 0) {
                    roundTrips.add((System.nanoTime() - start) / 1e6);
                }
            }
        }
        if (roundTrips.isEmpty()) {
            throw new IllegalStateException("every member of cluster " + cluster.name() + " left before the study "
                    + "started");
        }
        Collections.sort(roundTrips);
        int n = roundTrips.size();
        return n % 2 == 1 ? roundTrips.get(n / 2) : 0.5 * (roundTrips.get(n / 2 - 1) + roundTrips.get(n / 2));
    }

    /**
     * @return the member's answer
     * @throws MemberLeft            when the member left the cluster before answering (killed, or shut down): the
     *                               study goes on without it
     * @throws IllegalStateException when it does not answer in time, or its task failed
     */
    private <T> T await(Future<T> answer, Member member) {
        try {
            return answer.get(HazelcastSettings.startTimeoutSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            if (!client.getCluster().getMembers().contains(member)) {
                throw new MemberLeft();
            }
            throw new IllegalStateException("member " + HazelcastSettings.address(member) + " did not answer within "
                    + HazelcastSettings.startTimeoutSeconds() + " s: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for member "
                    + HazelcastSettings.address(member));
        }
    }

    /** A member left the cluster before it answered a check. */
    private static final class MemberLeft extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MemberLeft() {
            super(null, null, false, false);
        }
    }

    /** @return the executor that runs study tasks on the members */
    IExecutorService executor() {
        return client.getExecutorService(HazelcastSettings.EXECUTOR);
    }

    /**
     * @return the current members, each checked to run this process's {@link DipBuild} (another build may compute
     *         other numbers), so a member that joins during a study is checked before it gets a task
     * @throws IllegalArgumentException when a member runs another dip build
     */
    List<Member> members() {
        List<Member> members = new ArrayList<>(client.getCluster().getMembers());
        String own = DipBuild.fingerprint();
        for (Member member : members) {
            String build = member.getAttribute(HazelcastSettings.BUILD_ATTRIBUTE);
            if (!own.equals(build)) {
                throw new IllegalArgumentException("member " + HazelcastSettings.address(member)
                        + " runs another dip build (" + (build == null ? "none given" : DipBuild.describe(build))
                        + ") than this process (" + DipBuild.describe(own) + "): every member needs the same dip.jar");
            }
        }
        return members;
    }

    /**
     * @param member a member
     * @return the study tasks it runs at once (its {@link HazelcastSettings#THREADS_ATTRIBUTE}), at least 1
     */
    static int taskThreads(Member member) {
        String threads = member.getAttribute(HazelcastSettings.THREADS_ATTRIBUTE);
        return threads == null ? 1 : Math.max(1, Integer.parseInt(threads));
    }

    /** @return the study tasks all current members run at once */
    int taskThreads() {
        return members().stream().mapToInt(ClusterClient::taskThreads).sum();
    }

    /** @return the members' addresses, {@code HOST:PORT} */
    List<String> addresses() {
        return members().stream().map(HazelcastSettings::address).toList();
    }

    /** Leaves the cluster. */
    @Override
    public void close() {
        client.shutdown();
    }
}
