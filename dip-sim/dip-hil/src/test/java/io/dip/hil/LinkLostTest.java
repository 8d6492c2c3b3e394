package io.dip.hil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.HardwareDriver;
import io.dip.hardware.udp.FaultSpec;
import io.dip.hardware.udp.HostPort;
import io.dip.hardware.udp.ReplyTracker;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.realtime.IdleStrategy;
import io.dip.sim.recording.MemoryRecorder;
import io.dip.sim.runtime.PluginRegistry;
import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import org.junit.jupiter.api.Test;

/** When the plant stops answering, the controller applies 0 N, counts deadline misses, and stops LINK_LOST. */
class LinkLostTest {

    @Test
    void aSilentPlantEndsTheRunWithLinkLost() throws Exception {
        try (PluginRegistry registry = PluginRegistry.load(null);
                DatagramChannel silent = DatagramChannel.open()) {
            silent.bind(new InetSocketAddress(HostPort.LOOPBACK, 0));
            Scenario scenario = LoopbackPlant.scenario(registry, 10.0);
            HostPort address = new HostPort(HostPort.LOOPBACK, ((InetSocketAddress) silent.getLocalAddress()).getPort());
            HilOutcome outcome;
            try (HardwareDriver link = HilLinks.open(scenario, address, FaultSpec.NONE)) {
                outcome = HilClient.run(scenario, new MemoryRecorder(), link,
                        new HilClient.Timing(10_000_000L, 1, 100_000_000L, IdleStrategy.YIELD, false),
                        new Cancellation());
            }
            assertEquals(StopStatus.LINK_LOST, outcome.result().status());
            assertTrue(outcome.result().steps() < scenario.steps());
            assertTrue(outcome.deadlineMisses() >= 1);
            assertEquals(outcome.deadlineMisses(), outcome.result().steps() + 1,
                    "every period missed, the last one ending the run");
            assertEquals(0, outcome.link().get(ReplyTracker.RECEIVED));
            double[] controls = ((io.dip.sim.recording.Trajectory) outcome.result().recording())
                    .column(io.dip.sim.recording.Trajectory.CONTROL);
            for (int k = 1; k < controls.length; k++) {
                assertEquals(0.0, controls[k], "after a miss the command is 0 N (row " + k + ")");
            }
        }
    }
}
