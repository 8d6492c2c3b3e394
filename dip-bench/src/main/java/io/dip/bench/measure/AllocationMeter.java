package io.dip.bench.measure;

import io.dip.sim.realtime.HotPath;
import java.lang.management.ManagementFactory;

/**
 * Counts the bytes the current thread allocates on the Java heap, through
 * {@link com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes()} (TLAB-accurate on HotSpot).
 *
 * <p>Reading the counter allocates nothing; {@link #measure} subtracts the cost of an empty measured window
 * (calibrated once) so that an allocation-free path reads exactly 0 bytes.
 */
public final class AllocationMeter {

    private final com.sun.management.ThreadMXBean threads;
    private final long emptyWindowBytes;

    /**
     * Enables allocation accounting when the JVM supports it and calibrates an empty window.
     *
     * @throws IllegalStateException when the JVM cannot count allocated bytes per thread
     */
    public AllocationMeter() {
        if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean)
                || !bean.isThreadAllocatedMemorySupported()) {
            throw new IllegalStateException("this JVM cannot count allocated bytes per thread "
                    + "(com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes is unsupported)");
        }
        if (!bean.isThreadAllocatedMemoryEnabled()) {
            bean.setThreadAllocatedMemoryEnabled(true);
        }
        this.threads = bean;
        long minimum = Long.MAX_VALUE;
        for (int i = 0; i < 16; i++) {
            long before = threads.getCurrentThreadAllocatedBytes();
            long after = threads.getCurrentThreadAllocatedBytes();
            minimum = Math.min(minimum, after - before);
        }
        this.emptyWindowBytes = minimum;
    }

    /** @return the bytes the current thread has allocated since it started */
    public long currentThreadAllocatedBytes() {
        return threads.getCurrentThreadAllocatedBytes();
    }

    /**
     * @param startBytes a reading of {@link #currentThreadAllocatedBytes()} taken earlier on this thread
     * @return the bytes allocated by the current thread since that reading (the reading's own cost removed)
     */
    public long bytesSince(long startBytes) {
        return Math.max(0, threads.getCurrentThreadAllocatedBytes() - startBytes - emptyWindowBytes);
    }

    /**
     * Ends a warm-up: runs {@code path} in windows of {@code window} calls until the JIT and the path have
     * settled ({@link Settling}), at most {@code maxWindows} windows. A path that allocates on every call never
     * settles and is then measured as it is.
     *
     * @param path       the path
     * @param window     calls per window, ≥ 1
     * @param maxWindows most windows to run, ≥ 1
     * @return the calls run
     */
    public long settle(HotPath path, long window, int maxWindows) {
        Settling settling = new Settling(0);
        long calls = 0;
        for (int w = 0; w < maxWindows; w++) {
            long bytes = measure(path, window);
            calls += window;
            if (settling.windowEnded(bytes)) {
                break;
            }
        }
        return calls;
    }

    /**
     * Runs {@code path} {@code calls} times on the current thread and returns the bytes allocated meanwhile.
     * Warm the path up first (the first calls load classes and run in the interpreter).
     *
     * @param path  the path to run
     * @param calls number of calls, ≥ 1
     * @return bytes allocated by the current thread during the calls (0 for an allocation-free path)
     */
    public long measure(HotPath path, long calls) {
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be >= 1, got " + calls);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (long i = 0; i < calls; i++) {
            path.run(i);
        }
        return bytesSince(before);
    }
}
