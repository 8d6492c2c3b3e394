package io.dip.hardware.udp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The datagrams are byte-compatible with the predecessor, and the CRC catches every single flipped bit. */
class WireFormatTest {

    private final WireFormat wire = new WireFormat();

    @Test
    void commandMatchesThePredecessorsGoldenPacket() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(WireFormat.COMMAND_BYTES);
        wire.encodeCommand(buffer, 1, 1.5);
        assertEquals("000000013ff800000000000067d2e743", HexFormat.of().formatHex(bytes(buffer)));
    }

    @Test
    void stateIsBigEndianWithTheCrcOfThePrecedingBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(WireFormat.STATE_BYTES);
        double[] state = {0.5, -0.25, 0.125, 1e-3, -2.0, 3.0};
        wire.encodeState(buffer, 0xFFFF_FFFEL, state);
        byte[] bytes = bytes(buffer);
        assertEquals(56, bytes.length);
        ByteBuffer expected = ByteBuffer.allocate(52).putInt(0xFFFF_FFFE);
        for (double v : state) {
            expected.putDouble(v);
        }
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(expected.array());
        assertArrayEquals(expected.array(), java.util.Arrays.copyOf(bytes, 52));
        assertEquals((int) crc.getValue(), ByteBuffer.wrap(bytes).getInt(52));
        assertEquals(0xFFFF_FFFEL, WireFormat.seq(buffer));
        double[] read = new double[6];
        WireFormat.state(buffer, read);
        assertArrayEquals(state, read, 0.0);
        assertTrue(wire.crcValid(buffer));
    }

    @Test
    void everySingleBitFlipIsCaught() {
        ByteBuffer buffer = ByteBuffer.allocate(WireFormat.STATE_BYTES);
        wire.encodeState(buffer, 7, new double[] {1, 2, 3, 4, 5, 6});
        for (int bit = 0; bit < WireFormat.STATE_BYTES * 8; bit++) {
            buffer.put(bit / 8, (byte) (buffer.get(bit / 8) ^ (1 << (bit % 8))));
            assertFalse(wire.crcValid(buffer), "bit " + bit);
            buffer.put(bit / 8, (byte) (buffer.get(bit / 8) ^ (1 << (bit % 8))));
        }
        assertTrue(wire.crcValid(buffer));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }
}
