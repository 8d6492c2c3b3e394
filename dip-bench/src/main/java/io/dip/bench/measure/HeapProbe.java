package io.dip.bench.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Measures the used Java heap after full collections: the live data of the JVM, to compare at the start and
 * the end of a long run.
 */
public final class HeapProbe {

    private static final int COLLECTIONS = 3;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    /**
     * Requests {@value #COLLECTIONS} full collections ({@link System#gc()}; do not run with
     * {@code -XX:+DisableExplicitGC}) and reads the used heap.
     *
     * @return used heap after the collections (bytes)
     */
    public long usedAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
