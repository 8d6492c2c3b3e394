package io.dip.hardware.udp;

import io.dip.api.StateIndex;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;

/**
 * The HIL datagrams (big-endian, as in the predecessor; see docs/hil.md and docs/model.md §10):
 *
 * <pre>
 * command (controller → plant), 16 bytes:  uint32 seq | float64 u (N)          | uint32 crc32
 * state   (plant → controller), 56 bytes:  uint32 seq | 6 × float64 state      | uint32 crc32
 * </pre>
 *
 * {@code crc32} is {@link CRC32} over every preceding byte of the datagram. The state is in the order of
 * {@link StateIndex}: x (m), θ1, θ2 (rad), ẋ (m/s), θ̇1, θ̇2 (rad/s). Sequence numbers are unsigned 32-bit; a run of
 * 2³² − 1 commands (49 days at 1 kHz) is the most one link carries.
 *
 * <p>Encoding and checking work on caller-owned (direct) buffers and allocate nothing. One instance holds its own
 * {@link CRC32}: confine it to one thread.
 */
public final class WireFormat {

    /** Length of a command datagram (bytes). */
    public static final int COMMAND_BYTES = 16;
    /** Length of a state datagram (bytes). */
    public static final int STATE_BYTES = 8 + 8 * StateIndex.DIMENSION;
    /** The largest sequence number (2³² − 1). */
    public static final long MAX_SEQ = 0xFFFF_FFFFL;

    private final CRC32 crc = new CRC32();

    /**
     * Writes a command datagram at the start of {@code buffer} and flips it (position 0, limit 16).
     *
     * @param buffer receives the datagram (capacity ≥ 16)
     * @param seq    sequence number, 0 … 2³² − 1
     * @param u      cart force (N)
     */
    public void encodeCommand(ByteBuffer buffer, long seq, double u) {
        buffer.clear();
        buffer.putInt((int) seq);
        buffer.putDouble(u);
        seal(buffer);
    }

    /**
     * Writes a state datagram at the start of {@code buffer} and flips it (position 0, limit 56).
     *
     * @param buffer receives the datagram (capacity ≥ 56)
     * @param seq    the sequence number of the command it answers
     * @param state  the state (length 6)
     */
    public void encodeState(ByteBuffer buffer, long seq, double[] state) {
        buffer.clear();
        buffer.putInt((int) seq);
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            buffer.putDouble(state[i]);
        }
        seal(buffer);
    }

    private void seal(ByteBuffer buffer) {
        int end = buffer.position();
        buffer.putInt((int) crc(buffer, end));
        buffer.flip();
    }

    /**
     * @param datagram a received datagram between position 0 and its limit (position and limit are kept)
     * @return true when its last four bytes are the CRC32 of the bytes before them
     */
    public boolean crcValid(ByteBuffer datagram) {
        int length = datagram.limit();
        if (length < 8) {
            return false;
        }
        long expected = Integer.toUnsignedLong(datagram.getInt(length - 4));
        return crc(datagram, length - 4) == expected;
    }

    private long crc(ByteBuffer buffer, int end) {
        int position = buffer.position();
        int limit = buffer.limit();
        buffer.position(0).limit(end);
        crc.reset();
        crc.update(buffer);
        buffer.limit(limit).position(position);
        return crc.getValue();
    }

    /** @return the sequence number of a datagram (its first four bytes, unsigned) */
    public static long seq(ByteBuffer datagram) {
        return Integer.toUnsignedLong(datagram.getInt(0));
    }

    /** @return the force of a command datagram (N) */
    public static double command(ByteBuffer datagram) {
        return datagram.getDouble(4);
    }

    /**
     * @param datagram a state datagram
     * @param state    receives its six state values
     */
    public static void state(ByteBuffer datagram, double[] state) {
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            state[i] = datagram.getDouble(4 + 8 * i);
        }
    }
}
