package io.dip.cluster;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import io.dip.sim.cli.DipCommand;
import io.dip.sim.cli.ExitCodes;
import io.dip.sim.cli.Interruption;
import io.dip.sim.cli.PluginOptions;
import io.dip.sim.cluster.ClusterSettings;
import io.dip.sim.cluster.ClusterSettings.Address;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dip worker}: a cluster member that serves study tasks ({@code montecarlo --cluster}, {@code tune --cluster})
 * until Ctrl-C or SIGTERM. It prints a line when it has joined, with the number of members, and one each time a member
 * joins or leaves.
 */
@Command(name = "worker", sortOptions = false,
        description = "Serve study tasks as a member of a cluster until Ctrl-C. Every member runs from the same "
                + "dip jar, with the same --plugins jars as the processes that start studies.")
public final class WorkerCommand implements DipCommand, Callable<Integer> {

    @Option(names = "--cluster", paramLabel = "NAME", required = true,
            description = "The cluster's name; members of other clusters are ignored.")
    private String cluster;

    @Option(names = "--bind", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:5701",
            description = "Address this member listens on and announces. Default: ${DEFAULT-VALUE}.")
    private String bind;

    @Option(names = "--members", paramLabel = "HOST:PORT,...", required = true,
            description = "The cluster's members (this one may be among them).")
    private String members;

    @Option(names = "--threads", paramLabel = "N",
            description = "Study tasks run at once (default: one per available processor).")
    private Integer threads;

    @Mixin
    private PluginOptions plugins;

    @Spec
    private CommandSpec spec;

    /** The service instance, found by the CLI; also the picocli command object. */
    public WorkerCommand() {
        // picocli fills the fields
    }

    @Override
    public String name() {
        return "worker";
    }

    @Override
    public Object command() {
        return new WorkerCommand();
    }

    @Override
    public Integer call() throws InterruptedException {
        ClusterSettings settings = ClusterSettings.parse(cluster, members);
        Address address = Address.parse("--bind", bind);
        int taskThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch stopped = new CountDownLatch(1);
        try (Interruption interruption = Interruption.install(stopped::countDown);
                ClusterMember member = ClusterMember.start(settings, address, taskThreads,
                        plugins.pluginsDirectory())) {
            out.printf("joined cluster %s as %s: %d member(s), %d task thread(s)%n", settings.name(),
                    member.address(), member.members(), taskThreads);
            out.flush();
            member.instance().getCluster().addMembershipListener(new MembershipListener() {
                @Override
                public void memberAdded(MembershipEvent event) {
                    report("joined", event);
                }

                @Override
                public void memberRemoved(MembershipEvent event) {
                    report("left", event);
                }

                private void report(String what, MembershipEvent event) {
                    out.printf("member %s %s: %d member(s)%n", HazelcastSettings.address(event.getMember()), what,
                            event.getMembers().size());
                    out.flush();
                }
            });
            stopped.await();
            out.println("leaving cluster " + settings.name());
            out.flush();
        }
        return ExitCodes.OK;
    }
}
