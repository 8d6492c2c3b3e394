package io.dip.sim.cli;

import io.dip.sim.cluster.ClusterSettings;
import picocli.CommandLine.Option;

/**
 * The {@code --cluster NAME --members HOST:PORT,...} options of a study command, as a picocli mixin. Without
 * {@code --cluster} the study runs on the local thread pool and nothing opens a socket.
 */
public final class ClusterOptions {

    @Option(names = "--cluster", paramLabel = "NAME",
            description = "Run the study on the cluster of this name (members started with 'dip worker'); this "
                    + "process joins it as a client and runs no simulation. Default: the local thread pool, no "
                    + "network.")
    private String cluster;

    @Option(names = "--members", paramLabel = "HOST:PORT,...",
            description = "The cluster's members, each of which must be reachable at start (with --cluster).")
    private String members;

    /**
     * @param threads the command's {@code --threads}, which sets the local pool only
     * @return the cluster settings, or null when the study runs locally
     * @throws IllegalArgumentException for a bad value, --members without --cluster, or --threads with --cluster
     */
    ClusterSettings settings(ThreadOptions threads) {
        if (cluster != null && threads.given()) {
            throw new IllegalArgumentException("--threads sets the local thread pool; with --cluster each member "
                    + "runs the tasks of its 'dip worker --threads'");
        }
        if (cluster == null) {
            if (members != null) {
                throw new IllegalArgumentException("--members needs --cluster NAME");
            }
            return null;
        }
        return ClusterSettings.parse(cluster, members);
    }
}
