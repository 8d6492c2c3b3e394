package io.dip.cluster;

import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.cluster.Member;
import com.hazelcast.config.Config;
import com.hazelcast.config.ExecutorConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.dip.sim.cluster.ClusterSettings;
import io.dip.sim.cluster.ClusterSettings.Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Hazelcast configuration of every member and client: the explicit cluster name, the members as a TCP-IP list,
 * an explicit bind address ({@code hazelcast.socket.bind.any=false} and that one interface), multicast,
 * auto-detection and phone-home off, Hazelcast's own shutdown hook off (the command handles Ctrl-C), and its logging
 * through {@code java.util.logging} at SEVERE only (a port in use is reported by {@link ClusterMember#start}).
 */
public final class HazelcastSettings {

    /** Name of the executor that runs study tasks on the members. */
    public static final String EXECUTOR = "dip-studies";

    /** Member attribute holding the number of study tasks the member runs at once. */
    public static final String THREADS_ATTRIBUTE = "dip.threads";

    /** Member attribute: the {@link DipBuild} the member runs. */
    public static final String BUILD_ATTRIBUTE = "dip.build";

    /**
     * System property overriding {@link #DEFAULT_START_TIMEOUT_SECONDS}: how long a client tries to reach the
     * cluster, and then all its listed members, before giving up (s).
     */
    public static final String START_TIMEOUT_PROPERTY = "dip.cluster.start-timeout";

    /** Default of {@link #START_TIMEOUT_PROPERTY} (s). */
    public static final long DEFAULT_START_TIMEOUT_SECONDS = 15;

    /** Held so that the level set on it stays. */
    private static final Logger HAZELCAST_LOG = Logger.getLogger("com.hazelcast");

    /** Logs a port in use with a stack trace; {@link ClusterMember#start} reports it in one line instead. */
    private static final Logger ADDRESS_PICKER_LOG = Logger.getLogger("com.hazelcast.instance.AddressPicker");

    private HazelcastSettings() {
    }

    /**
     * @param cluster the cluster and its members
     * @param bind    the address this member binds and announces
     * @param threads study tasks run at once on this member, ≥ 1
     * @return the member configuration
     */
    public static Config member(ClusterSettings cluster, Address bind, int threads) {
        quietLogging();
        Config config = new Config();
        config.setClusterName(cluster.name());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        String ip = ip("--bind", bind.host());
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(bind.port()).setPortAutoIncrement(false).setPublicAddress(ip + ":" + bind.port());
        network.getInterfaces().setEnabled(true).addInterface(ip);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        for (Address member : cluster.members()) {
            join.getTcpIpConfig().addMember(member.toString());
        }
        config.getMemberAttributeConfig().setAttribute(THREADS_ATTRIBUTE, Integer.toString(threads));
        config.getMemberAttributeConfig().setAttribute(BUILD_ATTRIBUTE, DipBuild.fingerprint());
        config.addExecutorConfig(new ExecutorConfig(EXECUTOR).setPoolSize(threads).setStatisticsEnabled(false));
        return config;
    }

    /**
     * @param cluster the cluster and its members
     * @return the client configuration: connects to the listed members only, gives up after
     *         {@link #startTimeoutSeconds()}
     */
    public static ClientConfig client(ClusterSettings cluster) {
        quietLogging();
        ClientConfig config = new ClientConfig();
        config.setClusterName(cluster.name());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.getNetworkConfig().setSmartRouting(true);
        config.getNetworkConfig().getAutoDetectionConfig().setEnabled(false);
        for (Address member : cluster.members()) {
            config.getNetworkConfig().addAddress(member.toString());
        }
        config.getConnectionStrategyConfig().getConnectionRetryConfig()
                .setClusterConnectTimeoutMillis(TimeUnit.SECONDS.toMillis(startTimeoutSeconds()));
        config.setProperty("hazelcast.client.invocation.timeout.seconds", Long.toString(startTimeoutSeconds()));
        return config;
    }

    /**
     * @return the start timeout (s): {@link #START_TIMEOUT_PROPERTY}, else {@link #DEFAULT_START_TIMEOUT_SECONDS}
     * @throws IllegalArgumentException when the property is not a positive number
     */
    public static long startTimeoutSeconds() {
        String value = System.getProperty(START_TIMEOUT_PROPERTY);
        if (value == null) {
            return DEFAULT_START_TIMEOUT_SECONDS;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds >= 1) {
                return seconds;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(START_TIMEOUT_PROPERTY + " must be a whole number of seconds >= 1, got '"
                + value + "'");
    }

    /**
     * @param member a member
     * @return its address as {@code HOST:PORT}
     */
    public static String address(Member member) {
        return member.getAddress().getHost() + ":" + member.getAddress().getPort();
    }

    /**
     * @param option the option named in messages
     * @param host   a host name or IP address
     * @return its IP address
     * @throws IllegalArgumentException when the host is unknown
     */
    static String ip(String option, String host) {
        try {
            return InetAddress.getByName(host).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(option + ": unknown host '" + host + "'");
        }
    }

    private static void quietLogging() {
        HAZELCAST_LOG.setLevel(Level.SEVERE);
        ADDRESS_PICKER_LOG.setLevel(Level.OFF);
    }
}
