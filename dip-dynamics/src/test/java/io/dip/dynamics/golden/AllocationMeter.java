package io.dip.dynamics.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;

/**
 * Measures the heap bytes the current thread allocates while running a workload, with
 * {@link com.sun.management.ThreadMXBean#getThreadAllocatedBytes(long)}: the proof that a hot path is
 * allocation-free after warm-up.
 *
 * <p>{@link #assertAllocationFree} measures up to {@value #ROUNDS} rounds of the full call count and passes when
 * one round allocates 0 bytes: a one-off event of the virtual machine (a deoptimisation that re-materialises
 * scalar-replaced objects when a call site first sees a new workload class) may allocate a few bytes once, whereas
 * a hot path that allocates does so in every round (at least 16 bytes per call).
 */
public final class AllocationMeter {

    /** Calls run before measuring, so that the JIT has compiled the workload. */
    public static final int DEFAULT_WARM_UP = 50_000;

    /** Calls measured. */
    public static final int DEFAULT_CALLS = 1_000_000;

    /** Measured rounds at most, each of the full call count. */
    public static final int ROUNDS = 3;

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
     * Asserts that {@code calls} runs of {@code workload} after {@code warmUp} runs allocate 0 bytes, in one of
     * at most {@value #ROUNDS} measured rounds (see the class description).
     *
     * @param what     description for the failure message
     * @param workload the hot-path call
     * @param warmUp   unmeasured calls
     * @param calls    measured calls per round
     */
    public static void assertAllocationFree(String what, Runnable workload, int warmUp, int calls) {
        long[] rounds = new long[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            rounds[round] = bytesAllocated(workload, round == 0 ? warmUp : 0, calls);
            if (rounds[round] == 0L) {
                return;
            }
        }
        assertEquals(0L, rounds[ROUNDS - 1], what + " allocated " + java.util.Arrays.toString(rounds)
                + " bytes in " + ROUNDS + " rounds of " + calls + " calls after warm-up");
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
