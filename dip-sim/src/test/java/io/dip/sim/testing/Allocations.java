package io.dip.sim.testing;

import java.lang.management.ManagementFactory;
import java.util.function.Supplier;

/**
 * Measures the bytes the current thread allocates (com.sun.management.ThreadMXBean).
 *
 * <p>The JVM occasionally charges a few dozen bytes to the running thread when the JIT moves a hot method from one
 * compilation tier to the next (seen as 144 bytes once, under CPU contention, while {@code ClosedLoop.step} was
 * recompiled). {@link #leastBytesAllocated} therefore measures up to three windows of the same work and returns the
 * smallest figure: code that allocates per call allocates in every window (10⁶ calls × ≥ 16 bytes), so a zero
 * minimum still proves the hot path allocation-free.
 */
public final class Allocations {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int WINDOWS = 3;

    private Allocations() {
    }

    /**
     * @param work the code to measure (already warmed up by the caller)
     * @return bytes allocated on this thread while it ran, less the cost of the measurement itself
     */
    public static long bytesAllocatedBy(Runnable work) {
        Runnable nothing = () -> { };
        long calibrationStart = THREADS.getCurrentThreadAllocatedBytes();
        nothing.run();
        long calibration = THREADS.getCurrentThreadAllocatedBytes() - calibrationStart;
        long start = THREADS.getCurrentThreadAllocatedBytes();
        work.run();
        long end = THREADS.getCurrentThreadAllocatedBytes();
        return end - start - calibration;
    }

    /**
     * Measures up to three windows and stops at the first that allocates nothing.
     *
     * @param windows prepares one window of work (outside the measurement) and returns it
     * @return the smallest number of bytes allocated by one window
     */
    public static long leastBytesAllocated(Supplier<Runnable> windows) {
        long least = Long.MAX_VALUE;
        for (int w = 0; w < WINDOWS && least > 0; w++) {
            Runnable work = windows.get();
            least = Math.min(least, bytesAllocatedBy(work));
        }
        return least;
    }
}
