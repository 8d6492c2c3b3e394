package io.dip.hil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.HardwareDriver;
import io.dip.hardware.udp.FaultSpec;
import io.dip.sim.disturbance.SensorModel;
import io.dip.sim.engine.ClosedLoop;
import io.dip.sim.engine.Scenario;
import io.dip.sim.realtime.IdleStrategy;
import io.dip.sim.recording.NullRecorder;
import io.dip.sim.runtime.PluginRegistry;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The controller loop and the plant server loop allocate nothing per round trip after warm-up: the bytes each loop
 * thread allocates ({@code ThreadMXBean#getThreadAllocatedBytes}) over every window of {@value #WINDOW} round trips
 * over 127.0.0.1 are 0.
 */
class RoundTripAllocationTest {

    private static final int WARM_UP = 100_000;
    private static final int WINDOW = 10_000;
    private static final int WINDOWS = 5;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void zeroBytesPerRoundTrip() throws Exception {
        assertTrue(THREADS.isThreadAllocatedMemorySupported());
        THREADS.setThreadAllocatedMemoryEnabled(true);
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            Scenario scenario = LoopbackPlant.scenario(registry, 200.0).toBuilder().sensor(SensorModel.IDENTITY)
                    .build();
            try (LoopbackPlant plant = LoopbackPlant.lockstep(registry, scenario, FaultSpec.NONE);
                    HardwareDriver link = HilLinks.open(scenario, plant.address(), FaultSpec.NONE)) {
                DriverPlant step = new DriverPlant(link, 10_000_000_000L, 0, 60_000_000_000L, IdleStrategy.YIELD,
                        new RoundTripLatency(0));
                try (ClosedLoop loop = new ClosedLoop(scenario, NullRecorder.INSTANCE, step)) {
                    long client = Thread.currentThread().getId();
                    long server = plant.thread().getId();
                    for (int i = 0; i < WARM_UP; i++) {
                        assertTrue(loop.step(), "the run must go on through the measurement");
                    }
                    for (int i = 0; i < 2; i++) {
                        // settle the meter itself: its first readings may allocate
                        THREADS.getThreadAllocatedBytes(client);
                        THREADS.getThreadAllocatedBytes(server);
                    }
                    long[] clientBytes = new long[WINDOWS];
                    long[] serverBytes = new long[WINDOWS];
                    for (int w = 0; w < WINDOWS; w++) {
                        long clientBefore = THREADS.getThreadAllocatedBytes(client);
                        long serverBefore = THREADS.getThreadAllocatedBytes(server);
                        for (int i = 0; i < WINDOW; i++) {
                            assertTrue(loop.step());
                        }
                        clientBytes[w] = THREADS.getThreadAllocatedBytes(client) - clientBefore;
                        serverBytes[w] = THREADS.getThreadAllocatedBytes(server) - serverBefore;
                    }
                    assertArrayEquals(new long[WINDOWS], clientBytes, "controller loop bytes per window of "
                            + WINDOW + " round trips");
                    assertArrayEquals(new long[WINDOWS], serverBytes, "plant server loop bytes per window of "
                            + WINDOW + " round trips");
                    assertEquals(0, step.deadlineMisses());
                }
            }
        }
    }
}
