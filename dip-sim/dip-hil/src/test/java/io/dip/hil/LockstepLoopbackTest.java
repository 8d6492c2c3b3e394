package io.dip.hil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.Diagnostics;
import io.dip.api.HardwareDriver;
import io.dip.hardware.udp.CommandGate;
import io.dip.hardware.udp.FaultInjector;
import io.dip.hardware.udp.FaultSpec;
import io.dip.hardware.udp.ReplyTracker;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationEngine;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.realtime.IdleStrategy;
import io.dip.sim.recording.MemoryRecorder;
import io.dip.sim.recording.Trajectory;
import io.dip.sim.runtime.PluginRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A controller and a lock-step plant server in two threads of this JVM over 127.0.0.1: the recorded trajectory
 * equals {@code dip simulate}'s bit for bit — also when both ends duplicate, reorder and corrupt datagrams, since a
 * duplicate never steps the plant twice and a corrupt datagram is never applied.
 */
class LockstepLoopbackTest {

    private static PluginRegistry registry;

    @BeforeAll
    static void load() {
        registry = PluginRegistry.load(null);
    }

    @AfterAll
    static void close() {
        registry.close();
    }

    @Test
    void trajectoryEqualsSimulate() throws Exception {
        Scenario scenario = LoopbackPlant.scenario(registry, 1.0);
        SimulationResult simulated = SimulationEngine.run(scenario, new MemoryRecorder());
        HilOutcome hil = runHil(scenario, FaultSpec.NONE, FaultSpec.NONE, 5.0, 2);
        assertSameRun(simulated, hil.result());
        assertEquals(0, hil.deadlineMisses());
        assertEquals(scenario.steps(), hil.roundTrip().count());
    }

    @Test
    void delayAndJitterLengthenTheRoundTripButNotTheTrajectory() throws Exception {
        Scenario scenario = LoopbackPlant.scenario(registry, 0.2);
        SimulationResult simulated = SimulationEngine.run(scenario, new MemoryRecorder());
        HilOutcome hil = runHil(scenario, FaultSpec.parse("delay=1ms,jitter=500us,seed=5"),
                FaultSpec.parse("delay=1ms,jitter=500us,seed=6"), 5.0, 2);
        assertSameRun(simulated, hil.result());
        assertTrue(hil.roundTrip().p50Nanos() >= 1_000_000, "each way waits at least 0.5 ms: p50 "
                + hil.roundTrip().p50Nanos() + " ns");
    }

    @Test
    void duplicatedReorderedAndCorruptedDatagramsLeaveTheTrajectoryUnchanged() throws Exception {
        Scenario scenario = LoopbackPlant.scenario(registry, 1.0);
        SimulationResult simulated = SimulationEngine.run(scenario, new MemoryRecorder());
        FaultSpec commands = FaultSpec.parse("dup=0.05,reorder=0.05,corrupt=0.05,seed=3");
        FaultSpec replies = FaultSpec.parse("dup=0.05,reorder=0.05,corrupt=0.05,seed=4");
        try (LoopbackPlant plant = LoopbackPlant.lockstep(registry, scenario, replies)) {
            HilOutcome hil;
            try (HardwareDriver link = HilLinks.open(scenario, plant.address(), commands)) {
                hil = HilClient.run(scenario, new MemoryRecorder(), link,
                        new HilClient.Timing(1_000_000_000L, 49, 10_000_000_000L, IdleStrategy.YIELD, false),
                        new Cancellation());
            }
            assertEquals(0, hil.deadlineMisses(), "no command may run out of its 49 retries");
            assertSameRun(simulated, hil.result());
            Diagnostics gate = plant.endpoint().counters();
            Diagnostics plantInjected = plant.endpoint().injected();
            Diagnostics clientInjected = hil.injected();
            assertEquals(scenario.steps(), plant.server().steps(), "one plant step per period");
            assertEquals(scenario.steps(), gate.get(CommandGate.ACCEPTED), "one accepted command per period");
            assertTrue(clientInjected.get(FaultInjector.CORRUPTED) > 0 && plantInjected.get(FaultInjector.CORRUPTED) > 0);
            assertTrue(clientInjected.get(FaultInjector.DUPLICATED) > 0 && clientInjected.get(FaultInjector.REORDERED) > 0);
            assertTrue(gate.get(CommandGate.CORRUPT) >= 1
                    && gate.get(CommandGate.CORRUPT) <= clientInjected.get(FaultInjector.CORRUPTED));
            assertTrue(hil.link().get(ReplyTracker.CORRUPT) >= 1
                    && hil.link().get(ReplyTracker.CORRUPT) <= plantInjected.get(FaultInjector.CORRUPTED));
            assertTrue(gate.get(CommandGate.DUPLICATE) >= clientInjected.get(FaultInjector.DUPLICATED) - 1,
                    "duplicated commands are answered again, not stepped");
            assertTrue(hil.link().get(ReplyTracker.DUPLICATE) > 0);
        }
    }

    @Test
    void lossCountsAddUpAndTheControllerGoesOn() throws Exception {
        Scenario scenario = LoopbackPlant.scenario(registry, 0.5);
        FaultSpec commands = FaultSpec.parse("loss=0.1,seed=11");
        FaultSpec replies = FaultSpec.parse("loss=0.1,burst=0.02:0.5,seed=12");
        try (LoopbackPlant plant = LoopbackPlant.lockstep(registry, scenario, replies)) {
            HilOutcome hil;
            try (HardwareDriver link = HilLinks.open(scenario, plant.address(), commands)) {
                hil = HilClient.run(scenario, new MemoryRecorder(), link,
                        new HilClient.Timing(20_000_000L, 0, 5_000_000_000L, IdleStrategy.YIELD, false),
                        new Cancellation());
            }
            SimulationResult result = hil.result();
            assertTrue(result.status() != StopStatus.LINK_LOST && result.status() != StopStatus.CANCELLED,
                    "status " + result.status());
            Diagnostics gate = plant.endpoint().counters();
            Diagnostics sent = hil.injected();
            Diagnostics replied = plant.endpoint().injected();
            Diagnostics received = hil.link();
            assertEquals(result.steps(), received.get(ReplyTracker.SENT));
            assertEquals(sent.get(FaultInjector.SENT) - sent.get(FaultInjector.DROPPED), gate.get(CommandGate.ACCEPTED),
                    "every command not dropped on the way is accepted once");
            assertTrue(hil.deadlineMisses() > 0);
            assertTrue(replied.get(FaultInjector.BURST_DROPPED) > 0);
            assertEquals(result.steps(), (long) received.get(ReplyTracker.RECEIVED) + hil.deadlineMisses(),
                    "each period has a valid reply or a deadline miss");
            double delivered = gate.get(CommandGate.ACCEPTED) - replied.get(FaultInjector.DROPPED);
            double read = received.get(ReplyTracker.RECEIVED) + received.get(ReplyTracker.STALE);
            assertTrue(read <= delivered && read >= delivered - hil.deadlineMisses(),
                    "read " + read + ", delivered " + delivered + ": a reply never read belongs to a missed period");
            assertEquals(result.steps() - read, received.get(ReplyTracker.LOST));
        }
    }

    private static HilOutcome runHil(Scenario scenario, FaultSpec commands, FaultSpec replies, double timeout,
            int retries) throws Exception {
        try (LoopbackPlant plant = LoopbackPlant.lockstep(registry, scenario, replies);
                HardwareDriver link = HilLinks.open(scenario, plant.address(), commands)) {
            return HilClient.run(scenario, new MemoryRecorder(), link,
                    new HilClient.Timing(Math.round(timeout * 1e9), retries, 5_000_000_000L, IdleStrategy.YIELD,
                            false), new Cancellation());
        }
    }

    static void assertSameRun(SimulationResult expected, SimulationResult actual) {
        assertEquals(expected.status(), actual.status());
        assertEquals(expected.steps(), actual.steps());
        Trajectory a = (Trajectory) expected.recording();
        Trajectory b = (Trajectory) actual.recording();
        assertEquals(a.size(), b.size());
        for (int column = 0; column < Trajectory.WIDTH; column++) {
            assertArrayEquals(a.column(column), b.column(column), 0.0, "column " + Trajectory.COLUMNS.get(column));
        }
        assertArrayEquals(a.finalState(), b.finalState(), 0.0);
    }
}
