package io.dip.hardware.udp;

import io.dip.api.Diagnostics;
import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;

/**
 * An endpoint's send path with seeded faults ({@link FaultSpec}): loss (independent and Gilbert–Elliott bursts),
 * corruption (one flipped bit), duplication, delay with jitter, and reordering (a datagram held back and released
 * 1 ns after the next one). Without faults a datagram goes straight to the {@link Transmitter}.
 *
 * <p>Delayed and held datagrams wait in {@value #SLOTS} preallocated direct buffers and leave from
 * {@link #flush} (called by {@link #send} and by the endpoint's poll loop) once their release time has come, earliest
 * first. A datagram that finds every slot taken is dropped and counted as {@code dropped}. Allocation-free after
 * construction; confine an instance to one thread.
 */
public final class FaultInjector {

    /** Datagrams given to {@link #send}. */
    public static final String SENT = "inject_sent";
    /** Datagrams dropped (independent loss, bursts, or full slots). */
    public static final String DROPPED = "inject_dropped";
    /** Datagrams dropped by a Gilbert–Elliott burst (also counted in {@link #DROPPED}). */
    public static final String BURST_DROPPED = "inject_burst_dropped";
    /** Extra copies sent. */
    public static final String DUPLICATED = "inject_duplicated";
    /** Datagrams held back behind the next one. */
    public static final String REORDERED = "inject_reordered";
    /** Datagrams with a flipped bit. */
    public static final String CORRUPTED = "inject_corrupted";

    /** Datagrams that can wait for their release time at once. */
    public static final int SLOTS = 1024;
    private static final int SLOT_BYTES = 64;
    private static final long HELD = Long.MAX_VALUE;

    private final FaultSpec spec;
    private final SplittableRandom random;
    private final GilbertElliott bursts;
    private final Diagnostics counters = new Diagnostics(SENT, DROPPED, BURST_DROPPED, DUPLICATED, REORDERED,
            CORRUPTED);
    private final ByteBuffer[] slots = new ByteBuffer[SLOTS];
    private final long[] release = new long[SLOTS];
    private final SocketAddress[] target = new SocketAddress[SLOTS];
    private final boolean[] used = new boolean[SLOTS];
    private int pending;
    private int held = -1;

    /**
     * @param spec the faults
     * @param role 0, 1, … : distinguishes the endpoints of one link so that each draws its own stream from the seed
     */
    public FaultInjector(FaultSpec spec, int role) {
        this.spec = spec;
        this.random = new SplittableRandom(spec.seed() * 0x9E3779B97F4A7C15L + role);
        this.bursts = new GilbertElliott(spec.burstEnter(), spec.burstLeave());
        for (int i = 0; i < SLOTS; i++) {
            slots[i] = ByteBuffer.allocateDirect(SLOT_BYTES);
        }
    }

    /**
     * Sends a datagram through the faults.
     *
     * @param datagram the bytes between position and limit (at most 64; left unchanged)
     * @param to       destination, or null on a connected channel
     * @param nowNanos the current {@link System#nanoTime()}
     * @param out      the wire
     * @throws IOException from the wire
     */
    public void send(ByteBuffer datagram, SocketAddress to, long nowNanos, Transmitter out) throws IOException {
        add(SENT);
        if (spec.isTransparent()) {
            flush(nowNanos, out);
            out.transmit(datagram, to);
            return;
        }
        boolean burst = bursts.lose(random);
        if (burst || chance(spec.loss())) {
            add(DROPPED);
            if (burst) {
                add(BURST_DROPPED);
            }
            flush(nowNanos, out);
            return;
        }
        int copies = chance(spec.duplicate()) ? 2 : 1;
        if (copies == 2) {
            add(DUPLICATED);
        }
        for (int copy = 0; copy < copies; copy++) {
            enqueue(datagram, to, nowNanos);
        }
        flush(nowNanos, out);
    }

    private void enqueue(ByteBuffer datagram, SocketAddress to, long nowNanos) {
        int slot = freeSlot();
        if (slot < 0) {
            add(DROPPED);
            return;
        }
        ByteBuffer copy = slots[slot];
        copy.clear();
        int start = datagram.position();
        for (int i = start; i < datagram.limit(); i++) {
            copy.put(datagram.get(i));
        }
        copy.flip();
        if (chance(spec.corrupt())) {
            add(CORRUPTED);
            int bit = random.nextInt(copy.limit() * 8);
            copy.put(bit >>> 3, (byte) (copy.get(bit >>> 3) ^ (1 << (bit & 7))));
        }
        long delay = spec.delayNanos();
        if (spec.jitterNanos() > 0) {
            delay += Math.round((2 * random.nextDouble() - 1) * spec.jitterNanos());
        }
        long due = nowNanos + Math.max(0, delay);
        used[slot] = true;
        target[slot] = to;
        pending++;
        if (held >= 0) {
            release[held] = due + 1;
            held = -1;
        }
        if (chance(spec.reorder())) {
            add(REORDERED);
            release[slot] = HELD;
            held = slot;
        } else {
            release[slot] = due;
        }
    }

    /**
     * Sends every waiting datagram whose release time has come, earliest first.
     *
     * @param nowNanos the current {@link System#nanoTime()}
     * @param out      the wire
     * @throws IOException from the wire
     */
    public void flush(long nowNanos, Transmitter out) throws IOException {
        while (pending > 0) {
            int next = -1;
            for (int i = 0; i < SLOTS; i++) {
                if (used[i] && release[i] != HELD && release[i] - nowNanos <= 0
                        && (next < 0 || release[i] < release[next])) {
                    next = i;
                }
            }
            if (next < 0) {
                return;
            }
            used[next] = false;
            pending--;
            SocketAddress to = target[next];
            target[next] = null;
            out.transmit(slots[next], to);
        }
    }

    /** @return datagrams waiting for their release time (or held back) */
    public int pending() {
        return pending;
    }

    /** @return the counters ({@link #SENT}, {@link #DROPPED}, …), updated in place */
    public Diagnostics counters() {
        return counters;
    }

    private int freeSlot() {
        for (int i = 0; i < SLOTS; i++) {
            if (!used[i]) {
                return i;
            }
        }
        return -1;
    }

    private boolean chance(double p) {
        return p > 0 && random.nextDouble() < p;
    }

    private void add(String name) {
        counters.set(counters.indexOf(name), counters.value(counters.indexOf(name)) + 1);
    }
}
