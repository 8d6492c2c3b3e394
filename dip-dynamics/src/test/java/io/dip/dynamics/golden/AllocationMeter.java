package io.dip.dynamics.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

/**
 * Measures the heap bytes the current thread allocates while running a workload, with
 * {@link com.sun.management.ThreadMXBean#getThreadAllocatedBytes(long)}: the proof that a hot path is
 * allocation-free after warm-up.
 */
public final class AllocationMeter {

    /** Calls run before measuring, so that the JIT has compiled the workload. */
    public static final int DEFAULT_WARM_UP = 50_000;

    /** Calls measured. */
    public static final int DEFAULT_CALLS = 1_000_000;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private AllocationMeter() {
    }

    /**
     * Runs {@code workload} {@code warmUp} times, then measures the bytes allocated by {@code calls} more runs.
     *
     * @param workload the hot-path call (create its inputs beforehand)
     * @param warmUp   unmeasured calls, ≥ 20 000 for a compiled workload
     * @param calls    measured calls
     * @return bytes allocated on the current thread during the measured calls
     */
    public static long bytesAllocated(Runnable workload, int warmUp, int calls) {
        assertTrue(THREADS.isThreadAllocatedMemorySupported(), "thread allocation accounting is not supported");
        if (!THREADS.isThreadAllocatedMemoryEnabled()) {
            THREADS.setThreadAllocatedMemoryEnabled(true);
        }
        long thread = Thread.currentThread().getId();
        for (int i = 0; i < warmUp; i++) {
            workload.run();
        }
        // settle the meter itself: its first readings may allocate
        THREADS.getThreadAllocatedBytes(thread);
        THREADS.getThreadAllocatedBytes(thread);
        long before = THREADS.getThreadAllocatedBytes(thread);
        for (int i = 0; i < calls; i++) {
            workload.run();
        }
        long after = THREADS.getThreadAllocatedBytes(thread);
        return after - before;
    }

    /**
     * Asserts that {@code calls} runs of {@code workload} after {@code warmUp} runs allocate 0 bytes.
     *
     * @param what     description for the failure message
     * @param workload the hot-path call
     * @param warmUp   unmeasured calls
     * @param calls    measured calls
     */
    public static void assertAllocationFree(String what, Runnable workload, int warmUp, int calls) {
        long bytes = bytesAllocated(workload, warmUp, calls);
        assertEquals(0L, bytes, what + " allocated " + bytes + " bytes over " + calls + " calls after warm-up");
    }

    /**
     * {@link #assertAllocationFree(String, Runnable, int, int)} with {@link #DEFAULT_WARM_UP} and
     * {@link #DEFAULT_CALLS}.
     *
     * @param what     description for the failure message
     * @param workload the hot-path call
     */
    public static void assertAllocationFree(String what, Runnable workload) {
        assertAllocationFree(what, workload, DEFAULT_WARM_UP, DEFAULT_CALLS);
    }
}
