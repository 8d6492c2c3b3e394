package io.dip.sim.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

/**
 * Watches the heap over a run: {@link #start()} resets the peak usage of every heap memory pool to its current
 * usage, and {@link #peakBytes()} adds up their peaks since. The pools peak at different moments, so the sum is an upper bound
 * of the heap in use at any one time — the figure a leak would make grow with the run's length.
 */
final class HeapWatch {

    private final List<MemoryPoolMXBean> pools;

    private HeapWatch(List<MemoryPoolMXBean> pools) {
        this.pools = pools;
    }

    /** @return a watch whose peaks start now */
    static HeapWatch start() {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid()).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        return new HeapWatch(heap);
    }

    /** @return the sum of the heap pools' peak usage since {@link #start()} (bytes) */
    long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : pools) {
            if (pool.isValid()) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** @return e.g. {@code peak heap used: 23.4 MiB (sum of the heap pools' peaks during the run)} */
    String summaryLine() {
        return String.format(Locale.ROOT, "peak heap used: %.1f MiB (sum of the heap pools' peaks during "
                + "the run)", peakBytes() / (1024.0 * 1024.0));
    }
}
