package io.dip.bench.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the used Java heap after full collections: the live data of the JVM, to compare at the start and
 * the end of a long run.
 *
 * <p>A full collection queues the references it cleared; the JVM's reference-handler and cleaner threads then
 * release what those references guarded (zip inflaters of class loading, for example) a little later, so the live
 * data keeps shrinking by a few hundred bytes after the first collection. The probe therefore collects, pauses
 * {@value #PAUSE_MILLIS} ms for those threads, and repeats until two readings in a row agree (at most
 * {@value #MAX_ROUNDS} rounds). Do not run with {@code -XX:+DisableExplicitGC}.
 */
public final class HeapProbe {

    private static final int MAX_ROUNDS = 10;
    private static final long PAUSE_MILLIS = 20;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    /** @return used heap after full collections, once it has stopped changing (bytes) */
    public long usedAfterGc() {
        long previous = -1;
        long used = -1;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            System.gc();
            pause();
            System.gc();
            used = memory.getHeapMemoryUsage().getUsed();
            if (used == previous) {
                break;
            }
            previous = used;
        }
        return used;
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
