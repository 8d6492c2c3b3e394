package io.dip.hardware.udp;

import io.dip.api.Diagnostics;
import java.nio.ByteBuffer;

/**
 * The controller side's verdict on each received state datagram. The reply to the command just sent (seq equal to
 * the last sent, first time) is valid. Otherwise the datagram is dropped and counted: wrong length as {@code short},
 * bad CRC as {@code corrupt}, a seq already received as {@code duplicate}, any other seq (a late reply to an earlier
 * command, or a seq never sent) as {@code stale}. The replies received among the last {@value #WINDOW} seqs are kept
 * in a bit set, so that a late reply and a duplicate are told apart without allocating.
 *
 * <p>{@code lost} = commands sent − distinct replies received ({@link #lost()}); the last command's reply counts
 * as lost until it arrives. Confine to one thread.
 */
public final class ReplyTracker {

    /** Valid replies used. */
    public static final String RECEIVED = "received";
    /** Replies that came again. */
    public static final String DUPLICATE = "duplicate";
    /** Replies to an earlier command (late or reordered) or to a seq never sent. */
    public static final String STALE = "stale";
    /** Replies with a bad CRC. */
    public static final String CORRUPT = "corrupt";
    /** Replies of the wrong length. */
    public static final String SHORT = "short";
    /** Commands sent. */
    public static final String SENT = "sent";
    /** Commands whose reply has not been received, in time or late: sent − distinct replies. */
    public static final String LOST = "lost";

    /** How many recent seqs the duplicate check remembers. */
    public static final int WINDOW = 4096;

    private final WireFormat wire = new WireFormat();
    private final Diagnostics counters = new Diagnostics(SENT, RECEIVED, LOST, DUPLICATE, STALE, CORRUPT,
            SHORT);
    private final int sent = counters.indexOf(SENT);
    private final int received = counters.indexOf(RECEIVED);
    private final int lost = counters.indexOf(LOST);
    private final int duplicate = counters.indexOf(DUPLICATE);
    private final int stale = counters.indexOf(STALE);
    private final int corrupt = counters.indexOf(CORRUPT);
    private final int shortCount = counters.indexOf(SHORT);
    private final long[] seen = new long[WINDOW / 64];
    private long lastSent;
    private long distinct;

    /**
     * Records a command about to be sent.
     *
     * @param seq its seq: one more than the previous
     */
    public void sending(long seq) {
        long from = lastSent + 1;
        for (long s = Math.max(from, seq - WINDOW + 1); s <= seq; s++) {
            seen[index(s)] &= ~bit(s);
        }
        lastSent = seq;
        count(sent);
        counters.set(lost, lost());
    }

    /**
     * @param datagram a received datagram between position 0 and its limit
     * @return true when it is the first reply to the last command sent
     */
    public boolean accept(ByteBuffer datagram) {
        if (datagram.limit() != WireFormat.STATE_BYTES) {
            count(shortCount);
            return false;
        }
        if (!wire.crcValid(datagram)) {
            count(corrupt);
            return false;
        }
        long seq = WireFormat.seq(datagram);
        if (seq > lastSent || seq < 1 || lastSent - seq >= WINDOW) {
            count(stale);
            return false;
        }
        if ((seen[index(seq)] & bit(seq)) != 0) {
            count(duplicate);
            return false;
        }
        seen[index(seq)] |= bit(seq);
        distinct++;
        counters.set(lost, lost());
        if (seq != lastSent) {
            count(stale);
            return false;
        }
        count(received);
        return true;
    }

    /** @return commands sent for which no reply (in time or late) has been received */
    public long lost() {
        return lastSent - distinct;
    }

    /** @return the counters ({@link #SENT}, {@link #RECEIVED}, …), updated in place */
    public Diagnostics counters() {
        return counters;
    }

    private static int index(long seq) {
        return (int) ((seq >>> 6) % (WINDOW / 64));
    }

    private static long bit(long seq) {
        return 1L << (seq & 63);
    }

    private void count(int index) {
        counters.set(index, counters.value(index) + 1);
    }
}
