package io.dip.hardware.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.Diagnostics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each fault of the send path on its own, driven by a synthetic clock (the injector takes the time as an argument),
 * with fixed seeds: counters, rates, bursts, delays, duplicates, reordering and bit flips.
 */
class FaultInjectorTest {

    private static final int DATAGRAMS = 20_000;
    private final WireFormat wire = new WireFormat();
    private final List<Long> wireSeqs = new ArrayList<>();
    private final List<ByteBuffer> wireDatagrams = new ArrayList<>();
    private final Transmitter out = (datagram, to) -> {
        ByteBuffer copy = ByteBuffer.allocate(datagram.remaining());
        copy.put(datagram).flip();
        wireDatagrams.add(copy);
        wireSeqs.add(WireFormat.seq(copy));
    };

    @Test
    void withoutFaultsEveryDatagramGoesAtOnceUnchanged() throws IOException {
        FaultInjector injector = new FaultInjector(FaultSpec.NONE, 0);
        sendAll(injector, 10, 0);
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), wireSeqs);
        assertEquals(10, injector.counters().get(FaultInjector.SENT));
    }

    @Test
    void independentLossDropsAboutItsRate() throws IOException {
        FaultInjector injector = new FaultInjector(FaultSpec.parse("loss=0.1,seed=7"), 0);
        sendAll(injector, DATAGRAMS, 0);
        Diagnostics counters = injector.counters();
        assertEquals(DATAGRAMS - wireSeqs.size(), counters.get(FaultInjector.DROPPED));
        double rate = counters.get(FaultInjector.DROPPED) / DATAGRAMS;
        assertTrue(rate > 0.09 && rate < 0.11, "loss rate " + rate);
        assertEquals(0, counters.get(FaultInjector.BURST_DROPPED));
    }

    @Test
    void gilbertElliottLossComesInBursts() throws IOException {
        FaultInjector injector = new FaultInjector(FaultSpec.parse("burst=0.01:0.25,seed=7"), 0);
        sendAll(injector, DATAGRAMS, 0);
        double dropped = injector.counters().get(FaultInjector.BURST_DROPPED);
        assertEquals(dropped, injector.counters().get(FaultInjector.DROPPED));
        double rate = dropped / DATAGRAMS;
        assertTrue(rate > 0.03 && rate < 0.047, "long-run loss " + rate + ", expected 0.01/0.26 = 0.038");
        int bursts = 0;
        long previous = 0;
        for (long seq : wireSeqs) {
            if (seq != previous + 1) {
                bursts++;
            }
            previous = seq;
        }
        double meanBurst = dropped / bursts;
        assertTrue(meanBurst > 3.4 && meanBurst < 4.6, "mean burst " + meanBurst + " datagrams, expected 1/0.25 = 4");
    }

    @Test
    void delayAndJitterHoldDatagramsUntilTheirReleaseTime() throws IOException {
        FaultInjector injector = new FaultInjector(FaultSpec.parse("delay=2ms,jitter=1ms,seed=3"), 0);
        sendAll(injector, 100, 1_000_000_000L);
        assertTrue(wireSeqs.isEmpty());
        injector.flush(1_000_000_000L + 999_999, out);
        assertTrue(wireSeqs.isEmpty(), "nothing leaves before delay - jitter");
        injector.flush(1_000_000_000L + 3_000_000, out);
        assertEquals(100, wireSeqs.size());
        assertEquals(0, injector.pending());
        assertTrue(inversions() > 0, "a jitter as large as the spacing reorders");
    }

    @Test
    void duplicationSendsTwoCopies() throws IOException {
        FaultInjector injector = new FaultInjector(FaultSpec.parse("dup=1"), 0);
        sendAll(injector, 5, 0);
        assertEquals(List.of(1L, 1L, 2L, 2L, 3L, 3L, 4L, 4L, 5L, 5L), wireSeqs);
        assertEquals(5, injector.counters().get(FaultInjector.DUPLICATED));
    }

    @Test
    void reorderingSendsADatagramAfterTheNextOne() throws IOException {
        FaultInjector injector = new FaultInjector(FaultSpec.parse("reorder=0.2,seed=5"), 0);
        ByteBuffer buffer = ByteBuffer.allocateDirect(WireFormat.COMMAND_BYTES);
        for (int i = 1; i <= 1000; i++) {
            wire.encodeCommand(buffer, i, i);
            injector.send(buffer, null, 1000L * i, out);
        }
        injector.flush(Long.MAX_VALUE / 2, out);
        double reordered = injector.counters().get(FaultInjector.REORDERED);
        assertTrue(reordered > 150, "reordered " + reordered);
        assertTrue(injector.pending() <= 1, "only the last datagram may still be held");
        assertEquals(1000, wireSeqs.size() + injector.pending(), "nothing is lost");
        assertEquals(wireSeqs.size(), wireSeqs.stream().distinct().count(), "nothing is sent twice");
        assertTrue(inversions() > reordered / 2 && inversions() <= reordered, inversions() + " inversions");
    }

    @Test
    void corruptionFlipsOneBitThatTheCrcCatches() throws IOException {
        FaultInjector injector = new FaultInjector(FaultSpec.parse("corrupt=1,seed=9"), 0);
        ByteBuffer original = ByteBuffer.allocate(WireFormat.COMMAND_BYTES);
        for (int i = 0; i < 500; i++) {
            wire.encodeCommand(original, i + 1, 0.25 * i);
            injector.send(original, null, 0, out);
            ByteBuffer sent = wireDatagrams.get(i);
            assertFalse(wire.crcValid(sent), "datagram " + i);
            int differing = 0;
            for (int b = 0; b < WireFormat.COMMAND_BYTES; b++) {
                differing += Integer.bitCount((sent.get(b) ^ original.get(b)) & 0xFF);
            }
            assertEquals(1, differing);
        }
        assertEquals(500, injector.counters().get(FaultInjector.CORRUPTED));
    }

    @Test
    void theSameSeedGivesTheSameFaultsAndTheRolesDiffer() throws IOException {
        FaultSpec spec = FaultSpec.parse("loss=0.3,seed=42");
        sendAll(new FaultInjector(spec, 0), 1000, 0);
        List<Long> first = List.copyOf(wireSeqs);
        wireSeqs.clear();
        sendAll(new FaultInjector(spec, 0), 1000, 0);
        assertEquals(first, wireSeqs);
        wireSeqs.clear();
        sendAll(new FaultInjector(spec, 1), 1000, 0);
        assertFalse(first.equals(wireSeqs));
    }

    private void sendAll(FaultInjector injector, int count, long now) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocateDirect(WireFormat.COMMAND_BYTES);
        for (int i = 1; i <= count; i++) {
            wire.encodeCommand(buffer, i, i);
            injector.send(buffer, null, now, out);
        }
    }

    private int inversions() {
        int count = 0;
        for (int i = 1; i < wireSeqs.size(); i++) {
            if (wireSeqs.get(i) < wireSeqs.get(i - 1)) {
                count++;
            }
        }
        return count;
    }
}
