package io.dip.cluster;

import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.config.Config;
import io.dip.sim.cluster.ClusterSettings;
import io.dip.sim.cluster.ClusterSettings.Address;
import java.nio.file.Path;

/**
 * A cluster member that serves study tasks: a Hazelcast member configured by {@link HazelcastSettings}, with a
 * {@link StudyHost} in its user context. Close it to leave the cluster.
 */
public final class ClusterMember implements AutoCloseable {

    private final HazelcastInstance instance;
    private final StudyHost host;

    private ClusterMember(HazelcastInstance instance, StudyHost host) {
        this.instance = instance;
        this.host = host;
    }

    /**
     * @param cluster          the cluster and its members
     * @param bind             the address to bind and announce
     * @param threads          study tasks run at once, ≥ 1
     * @param pluginsDirectory the member's plugin jars, or null
     * @return the started member, joined to whichever listed members are up
     * @throws IllegalStateException when the member cannot start (e.g. the port is taken)
     */
    public static ClusterMember start(ClusterSettings cluster, Address bind, int threads, Path pluginsDirectory) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        }
        StudyHost host = new StudyHost(pluginsDirectory);
        Config config = HazelcastSettings.member(cluster, bind, threads);
        config.getUserContext().put(StudyHost.KEY, host);
        try {
            return new ClusterMember(Hazelcast.newHazelcastInstance(config), host);
        } catch (RuntimeException e) {
            host.close();
            throw new IllegalStateException("cannot start a member of cluster " + cluster.name() + " on " + bind
                    + ": " + e.getMessage(), e);
        }
    }

    /** @return the Hazelcast member */
    public HazelcastInstance instance() {
        return instance;
    }

    /** @return this member's address, {@code HOST:PORT} */
    public String address() {
        return HazelcastSettings.address(instance.getCluster().getLocalMember());
    }

    /** @return the number of members of the cluster, this one included */
    public int members() {
        return instance.getCluster().getMembers().size();
    }

    /** Stops the running batches and leaves the cluster. */
    @Override
    public void close() {
        host.close();
        instance.shutdown();
    }
}
