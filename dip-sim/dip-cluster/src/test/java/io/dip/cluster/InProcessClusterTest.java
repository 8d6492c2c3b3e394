package io.dip.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import io.dip.sim.cluster.ClusterBookkeeping;
import io.dip.sim.cluster.ClusterSettings;
import io.dip.sim.cluster.ClusterSettings.Address;
import io.dip.sim.config.DipConfig;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.montecarlo.MonteCarloReport;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.tuning.TuningReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Members in this JVM on 127.0.0.1: the Monte Carlo report and the tuning result of 1, 2 and 3 members are the local
 * ones; checks at start.
 */
class InProcessClusterTest {

    private static final String NAME = "dip-test-" + ProcessHandle.current().pid();
    private static final List<ClusterMember> MEMBERS = new ArrayList<>();
    private static List<Integer> ports;

    @BeforeAll
    static void setTimeout() {
        System.setProperty(HazelcastSettings.START_TIMEOUT_PROPERTY, "5");
        ports = ClusterFixture.freePorts(3);
    }

    @AfterAll
    static void stopMembers() {
        MEMBERS.forEach(ClusterMember::close);
        System.clearProperty(HazelcastSettings.START_TIMEOUT_PROPERTY);
    }

    private static ClusterSettings grow(int members) {
        ClusterSettings settings = ClusterFixture.settings(NAME, ports.subList(0, members));
        while (MEMBERS.size() < members) {
            MEMBERS.add(ClusterMember.start(settings, settings.members().get(MEMBERS.size()), 2, null));
        }
        return settings;
    }

    /** The only test with more than one member, so that it sees 1, 2 and 3 members whatever the test order. */
    @Test
    void studiesAreTheLocalOnesWithOneTwoAndThreeMembers() {
        DipConfig config = ClusterFixture.config(60, 2.0);
        MonteCarloStudy study = ClusterFixture.study(config);
        ObjectNode local = ClusterFixture.local(study, 2);
        assertEquals(local, ClusterFixture.local(study, 1), "the local report does not depend on the threads");
        long failed = local.get("runs_finished").asLong() - local.get("successes").asLong();
        assertTrue(failed > 0 && local.get("successes").asLong() > 0, "the study mixes successes and failures: "
                + local.get("status_counts"));
        TuningFixture tuning = new TuningFixture();
        TuningReport localTuning = tuning.local(2);
        TuningFixture.assertSameResult(localTuning, tuning.local(1), "1 thread");
        for (int members = 1; members <= 3; members++) {
            ClusterSettings settings = grow(members);
            TuningFixture.assertSameResult(localTuning, tuning.on(new HazelcastStudyCluster(), settings),
                    "tuning on " + members + " member(s)");
            AtomicInteger folded = new AtomicInteger();
            HazelcastStudyCluster onCluster = new HazelcastStudyCluster();
            MonteCarloReport report = onCluster.monteCarlo(settings, ClusterFixture.recipe(config), null, study,
                    new Cancellation(), null, folded::addAndGet);
            assertEquals(local, ClusterFixture.comparable(report), members + " member(s)");
            assertEquals(study.runs(), folded.get(), "progress counts every run once");
            ClusterBookkeeping bookkeeping = onCluster.bookkeeping();
            assertEquals(members, bookkeeping.members().size());
            assertEquals(2 * members, bookkeeping.taskThreads());
            assertTrue(bookkeeping.tasks() >= (study.runs() + bookkeeping.itemsPerTask() - 1)
                    / bookkeeping.itemsPerTask(), bookkeeping.summary());
            assertTrue(bookkeeping.taskOverheadMillis() > 0 && bookkeeping.taskComputeMillis() > 0,
                    bookkeeping.summary());
        }
    }

    @Test
    void aMemberThatBuildsOtherTuningScenariosRefusesThem() {
        ClusterSettings settings = grow(1);
        TuningFixture tuning = new TuningFixture();
        try (ClusterClient client = ClusterClient.connect(settings)) {
            TuningBatch other = new TuningBatch(tuning.recipe(), "0123abcd", List.of(), new double[0][], 0, 0, 0);
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> client.taskOverheadMillis(other));
            assertTrue(e.getMessage().contains("builds other tuning scenarios") && e.getMessage().contains("0123abcd"),
                    e.getMessage());
        }
    }

    @Test
    void aListedMemberThatIsDownFailsTheStudyBeforeItStarts() {
        ClusterSettings up = grow(1);
        List<Address> withDown = new ArrayList<>(up.members());
        withDown.add(new Address("127.0.0.1", ClusterFixture.freePorts(1).get(0)));
        ClusterSettings settings = new ClusterSettings(NAME, withDown);
        DipConfig config = ClusterFixture.config(4, 0.5);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new HazelcastStudyCluster()
                .monteCarlo(settings, ClusterFixture.recipe(config), null, ClusterFixture.study(config),
                        new Cancellation(), null, ClusterFixture.NO_PROGRESS));
        assertTrue(e.getMessage().contains(withDown.get(1).toString()), e.getMessage());
    }

    @Test
    void aMemberOfAnotherDipBuildIsRefusedBeforeTheStudyStarts() {
        ClusterSettings settings = ClusterFixture.settings(NAME + "-build", ClusterFixture.freePorts(1));
        Config config = HazelcastSettings.member(settings, settings.members().get(0), 1);
        config.getMemberAttributeConfig().setAttribute(HazelcastSettings.BUILD_ATTRIBUTE, "0123456789abcdef");
        HazelcastInstance other = Hazelcast.newHazelcastInstance(config);
        try {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> ClusterClient.connect(settings).close());
            assertTrue(e.getMessage().contains("runs another dip build (sha256 0123456789ab…)"), e.getMessage());
        } finally {
            other.shutdown();
        }
    }

    @Test
    void anUnknownClusterNameIsUnreachable() {
        grow(1);
        ClusterSettings other = ClusterFixture.settings(NAME + "-other", ports.subList(0, 1));
        DipConfig config = ClusterFixture.config(4, 0.5);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new HazelcastStudyCluster()
                .monteCarlo(other, ClusterFixture.recipe(config), null, ClusterFixture.study(config),
                        new Cancellation(), null, ClusterFixture.NO_PROGRESS));
        assertTrue(e.getMessage().startsWith("cannot reach cluster " + NAME + "-other"), e.getMessage());
    }

    @Test
    void membersWithoutThePluginJarsOfTheClientAreRefused() {
        ClusterSettings settings = grow(1);
        try (ClusterClient client = ClusterClient.connect(settings)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> client.checkPlugins(List.of(new PluginFingerprint("extra-controller.jar", "ab12"))));
            assertTrue(e.getMessage().contains("no extra-controller.jar"), e.getMessage());
        }
    }

    @Test
    void aCancelledStudyKeepsAContiguousPrefixOfItsRuns() {
        ClusterSettings settings = grow(1);
        DipConfig config = ClusterFixture.config(40, 1.0);
        MonteCarloStudy study = ClusterFixture.study(config);
        Cancellation cancellation = new Cancellation();
        cancellation.cancel();
        MonteCarloReport report = new HazelcastStudyCluster().monteCarlo(settings, ClusterFixture.recipe(config),
                null, study, cancellation, null, ClusterFixture.NO_PROGRESS);
        assertTrue(report.cancelled());
        assertEquals(study.runs(), report.runsCancelled());
    }
}
