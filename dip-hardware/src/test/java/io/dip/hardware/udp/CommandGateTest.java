package io.dip.hardware.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dip.hardware.udp.CommandGate.Verdict;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** The plant side's verdicts and counters (docs/model.md §10). */
class CommandGateTest {

    private final WireFormat wire = new WireFormat();
    private final CommandGate gate = new CommandGate();

    @Test
    void verdictsFollowTheProtocol() {
        assertEquals(Verdict.ACCEPT, gate.classify(command(1, 0.5)));
        assertEquals(Verdict.DUPLICATE, gate.classify(command(1, 0.5)));
        assertEquals(Verdict.DUPLICATE, gate.classify(command(1, 9.0)), "same seq: a retransmission, whatever u");
        assertEquals(Verdict.ACCEPT, gate.classify(command(4, 0.5)));
        assertEquals(Verdict.STALE, gate.classify(command(2, 0.5)));
        ByteBuffer corrupt = command(5, 0.5);
        corrupt.put(6, (byte) (corrupt.get(6) ^ 0x10));
        assertEquals(Verdict.CORRUPT, gate.classify(corrupt));
        assertEquals(Verdict.SHORT, gate.classify(ByteBuffer.allocate(15)));
        assertEquals(Verdict.SHORT, gate.classify(ByteBuffer.allocate(56)), "a state datagram is not a command");
        assertEquals(Verdict.ACCEPT, gate.classify(command(5, 0.5)));
        assertEquals(5, gate.lastSeq());
        assertEquals(3, gate.counters().get(CommandGate.ACCEPTED));
        assertEquals(2, gate.counters().get(CommandGate.DUPLICATE));
        assertEquals(1, gate.counters().get(CommandGate.STALE));
        assertEquals(1, gate.counters().get(CommandGate.CORRUPT));
        assertEquals(2, gate.counters().get(CommandGate.SHORT));
        assertEquals(2, gate.counters().get(CommandGate.GAP), "seqs 2 and 3 never came before 4");
    }

    @Test
    void theHighestSeqIsAccepted() {
        assertEquals(Verdict.ACCEPT, gate.classify(command(WireFormat.MAX_SEQ, 0.0)));
        assertEquals(Verdict.STALE, gate.classify(command(1, 0.0)));
    }

    private ByteBuffer command(long seq, double u) {
        ByteBuffer buffer = ByteBuffer.allocate(WireFormat.COMMAND_BYTES);
        wire.encodeCommand(buffer, seq, u);
        return buffer;
    }
}
