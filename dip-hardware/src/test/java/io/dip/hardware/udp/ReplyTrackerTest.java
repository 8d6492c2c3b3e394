package io.dip.hardware.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The controller side's verdicts: valid, duplicate, late (stale), corrupt, short, and the lost count. */
class ReplyTrackerTest {

    private final WireFormat wire = new WireFormat();
    private final ReplyTracker tracker = new ReplyTracker();

    @Test
    void countsEveryKindOfReply() {
        tracker.sending(1);
        assertTrue(tracker.accept(state(1)));
        assertFalse(tracker.accept(state(1)), "a duplicate");
        tracker.sending(2);
        tracker.sending(3);
        assertFalse(tracker.accept(state(2)), "late: the client has moved on");
        assertFalse(tracker.accept(state(2)), "late and duplicate");
        assertFalse(tracker.accept(state(9)), "a seq never sent");
        ByteBuffer corrupt = state(3);
        corrupt.put(20, (byte) (corrupt.get(20) ^ 1));
        assertFalse(tracker.accept(corrupt));
        assertFalse(tracker.accept(ByteBuffer.allocate(16)));
        assertTrue(tracker.accept(state(3)));
        assertEquals(3, tracker.counters().get(ReplyTracker.SENT));
        assertEquals(2, tracker.counters().get(ReplyTracker.RECEIVED));
        assertEquals(2, tracker.counters().get(ReplyTracker.DUPLICATE));
        assertEquals(2, tracker.counters().get(ReplyTracker.STALE));
        assertEquals(1, tracker.counters().get(ReplyTracker.CORRUPT));
        assertEquals(1, tracker.counters().get(ReplyTracker.SHORT));
        assertEquals(0, tracker.lost(), "seq 2 came, late");
        tracker.sending(4);
        tracker.sending(5);
        assertTrue(tracker.accept(state(5)));
        assertEquals(1, tracker.lost());
        assertEquals(1, tracker.counters().get(ReplyTracker.LOST));
    }

    @Test
    void theDuplicateWindowForgetsOldSeqs() {
        for (long seq = 1; seq <= 3 * ReplyTracker.WINDOW; seq++) {
            tracker.sending(seq);
            assertTrue(tracker.accept(state(seq)), "seq " + seq);
        }
        assertEquals(0, tracker.lost());
    }

    private ByteBuffer state(long seq) {
        ByteBuffer buffer = ByteBuffer.allocate(WireFormat.STATE_BYTES);
        wire.encodeState(buffer, seq, new double[] {seq, 0, 0, 0, 0, 0});
        return buffer;
    }
}
