package io.dip.hardware.udp;

import io.dip.api.Diagnostics;
import java.nio.ByteBuffer;

/**
 * The plant side's verdict on each received datagram (docs/model.md §10): a datagram of the wrong length is
 * {@link Verdict#SHORT}, one whose CRC does not match is {@link Verdict#CORRUPT}, one whose seq is lower than the last
 * accepted is {@link Verdict#STALE}: all three are dropped and counted. A seq equal to the last accepted is a
 * {@link Verdict#DUPLICATE}: answered again with the same state, without stepping. A higher seq is
 * {@link Verdict#ACCEPT}ed; the seqs it skipped are counted as {@code gap} (commands that never arrived).
 *
 * <p>Allocation-free; confine to one thread.
 */
public final class CommandGate {

    /** What to do with a datagram. */
    public enum Verdict {
        /** A new command: step (lock-step) or take its force (real time), then answer. */
        ACCEPT,
        /** The last accepted command again: answer with the same state, do not step. */
        DUPLICATE,
        /** A seq lower than the last accepted: dropped. */
        STALE,
        /** Bad CRC: dropped. */
        CORRUPT,
        /** Wrong length: dropped. */
        SHORT
    }

    /** Commands accepted. */
    public static final String ACCEPTED = "accepted";
    /** Retransmissions answered again without stepping. */
    public static final String DUPLICATE = "duplicate";
    /** Datagrams dropped for a seq below the last accepted. */
    public static final String STALE = "stale";
    /** Datagrams dropped for a bad CRC. */
    public static final String CORRUPT = "corrupt";
    /** Datagrams dropped for a wrong length. */
    public static final String SHORT = "short";
    /** Seqs skipped between accepted commands (commands lost on the way). */
    public static final String GAP = "gap";

    private final WireFormat wire = new WireFormat();
    private final Diagnostics counters = new Diagnostics(ACCEPTED, DUPLICATE, STALE, CORRUPT, SHORT, GAP);
    private final int accepted = counters.indexOf(ACCEPTED);
    private final int duplicate = counters.indexOf(DUPLICATE);
    private final int stale = counters.indexOf(STALE);
    private final int corrupt = counters.indexOf(CORRUPT);
    private final int shortCount = counters.indexOf(SHORT);
    private final int gap = counters.indexOf(GAP);
    private long lastSeq = -1;

    /**
     * @param datagram a received datagram between position 0 and its limit
     * @return the verdict (counted)
     */
    public Verdict classify(ByteBuffer datagram) {
        if (datagram.limit() != WireFormat.COMMAND_BYTES) {
            count(shortCount);
            return Verdict.SHORT;
        }
        if (!wire.crcValid(datagram)) {
            count(corrupt);
            return Verdict.CORRUPT;
        }
        long seq = WireFormat.seq(datagram);
        if (seq < lastSeq) {
            count(stale);
            return Verdict.STALE;
        }
        if (seq == lastSeq) {
            count(duplicate);
            return Verdict.DUPLICATE;
        }
        if (lastSeq >= 0 && seq > lastSeq + 1) {
            counters.set(gap, counters.value(gap) + (seq - lastSeq - 1));
        }
        lastSeq = seq;
        count(accepted);
        return Verdict.ACCEPT;
    }

    /** @return the seq of the last accepted command, −1 before the first */
    public long lastSeq() {
        return lastSeq;
    }

    /** @return the counters ({@link #ACCEPTED}, {@link #DUPLICATE}, …), updated in place */
    public Diagnostics counters() {
        return counters;
    }

    private void count(int index) {
        counters.set(index, counters.value(index) + 1);
    }
}
