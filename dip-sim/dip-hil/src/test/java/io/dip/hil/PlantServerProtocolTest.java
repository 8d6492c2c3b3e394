package io.dip.hil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.Diagnostics;
import io.dip.hardware.udp.CommandGate;
import io.dip.hardware.udp.FaultSpec;
import io.dip.hardware.udp.WireFormat;
import io.dip.sim.engine.Scenario;
import io.dip.sim.runtime.PluginRegistry;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plant server as an independent client sees it: raw datagrams over 127.0.0.1, the predecessor's golden command
 * bytes, duplicates answered with the same bytes without stepping, stale, corrupt and short datagrams dropped and
 * counted; and the real-time watchdog.
 */
class PlantServerProtocolTest {

    private static final long WAIT_MILLIS = 5_000;
    private static final long SILENT_MILLIS = 200;
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
    void duplicatesAreAnsweredWithoutSteppingAndBadDatagramsAreDropped() throws Exception {
        Scenario scenario = LoopbackPlant.scenario(registry, 1.0);
        RecordingDriver driver = new RecordingDriver(100);
        try (LoopbackPlant plant = new LoopbackPlant(scenario, driver, PlantMode.LOCKSTEP, FaultSpec.NONE, 0.1,
                Long.MAX_VALUE); RawClient client = new RawClient(plant.address())) {
            client.raw(HexFormat.of().parseHex("000000013ff800000000000067d2e743"));
            byte[] first = client.reply(WAIT_MILLIS);
            assertNotNull(first);
            assertEquals(WireFormat.STATE_BYTES, first.length);
            ByteBuffer reply = ByteBuffer.wrap(first);
            assertEquals(1, WireFormat.seq(reply));
            assertTrue(new WireFormat().crcValid(reply));
            assertEquals(1.0, reply.getDouble(4), "the state after one step");
            client.command(1, 7.0);
            assertArrayEquals(first, client.reply(WAIT_MILLIS), "a retransmission gets the same bytes");
            client.command(3, 2.0);
            assertNotNull(client.reply(WAIT_MILLIS));
            client.command(2, 9.0);
            client.raw(new byte[10]);
            byte[] corrupt = HexFormat.of().parseHex("000000043ff800000000000067d2e743");
            client.raw(corrupt);
            assertNull(client.reply(SILENT_MILLIS), "stale, short and corrupt datagrams get no answer");
            client.command(4, -1.0);
            assertEquals(4, WireFormat.seq(ByteBuffer.wrap(client.reply(WAIT_MILLIS))));
            assertArrayEquals(new double[] {1.5, 2.0, -1.0}, driver.forces(), 0.0, "three steps, never twice");
            Diagnostics counters = plant.endpoint().counters();
            assertEquals(3, counters.get(CommandGate.ACCEPTED));
            assertEquals(1, counters.get(CommandGate.DUPLICATE));
            assertEquals(1, counters.get(CommandGate.STALE));
            assertEquals(1, counters.get(CommandGate.SHORT));
            assertEquals(1, counters.get(CommandGate.CORRUPT));
            assertEquals(1, counters.get(CommandGate.GAP), "seq 2 never came before 3");
        }
    }

    @Test
    void realTimeWatchdogZeroesTheForceAndLatches() throws Exception {
        Scenario scenario = LoopbackPlant.scenario(registry, 1.0);
        double watchdog = 0.1;
        int periods = 1000;
        RecordingDriver driver = new RecordingDriver(periods);
        try (LoopbackPlant plant = new LoopbackPlant(scenario, driver, PlantMode.REALTIME, FaultSpec.NONE, watchdog,
                periods); RawClient client = new RawClient(plant.address())) {
            long sent = System.nanoTime();
            client.command(1, 5.0);
            assertNotNull(client.reply(WAIT_MILLIS));
            while (driver.safeAtNanos() < 0 && plant.thread().isAlive()) {
                Thread.sleep(5);
            }
            for (long seq = 2; seq <= 6; seq++) {
                client.command(seq, 7.0);
                client.reply(WAIT_MILLIS);
            }
            plant.awaitEnd();
            PlantServer server = plant.server();
            assertTrue(server.watchdogTripped());
            assertTrue(driver.faultLatched());
            assertTrue(driver.safeAtNanos() - sent > watchdog * 1e9,
                    "the watchdog trips only after " + watchdog + " s without a command");
            double[] forces = driver.forces();
            int trip = (int) server.watchdogStep();
            for (int k = 0; k < trip; k++) {
                assertEquals(5.0, forces[k], "period " + k + ": the held force runs the plant until the watchdog");
            }
            for (int k = trip; k < forces.length; k++) {
                assertEquals(0.0, forces[k], "period " + k + ": 0 N after the watchdog, also after new commands");
            }
            assertEquals(periods, forces.length);
        }
    }
}
