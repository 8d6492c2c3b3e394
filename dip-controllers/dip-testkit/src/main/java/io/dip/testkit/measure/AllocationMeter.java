package io.dip.testkit.measure;

import java.lang.management.ManagementFactory;

/**
 * Counts the bytes the current thread allocates on the Java heap, through
 * {@link com.sun.management.ThreadMXBean#getCurrentThreadAllocatedBytes()} (exact to the byte on HotSpot: it adds
 * the used part of the thread's current allocation buffer).
 *
 * <p>Reading the counter allocates nothing once the reading code is linked; {@link #bytesSince} subtracts the
 * cost of an empty measured window (calibrated once) so that an allocation-free path reads exactly 0 bytes.
 *
 * <p>The strict measurement is {@link #measureWindows}: a warm-up that ends only on quiet windows
 * ({@link Settling}), then consecutive windows that cover every measured call. Its verdict,
 * {@link WindowedAllocation#allocationFree()}, is that every window read 0 bytes.
 */
public final class AllocationMeter {

    /** Windows a warm-up runs before any can end it. */
    public static final int MIN_WARMUP_WINDOWS = 4;

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
     * Runs {@code path} {@code calls} times on the current thread and returns the bytes allocated meanwhile: one
     * window, with no warm-up.
     *
     * @param path  the path to run
     * @param calls number of calls, ≥ 1
     * @return bytes allocated by the current thread during the calls
     */
    public long measure(MeasuredPath path, long calls) {
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be >= 1, got " + calls);
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (long i = 0; i < calls; i++) {
            path.run(i);
        }
        return bytesSince(before);
    }

    /**
     * Warms the path up in windows of {@code window} calls, through the same loop as the measurement, until the
     * path, the JIT and the class loaders are quiet ({@link Settling}, after at least
     * {@value #MIN_WARMUP_WINDOWS} windows) or {@code maxWindows} windows have run; then measures {@code windows}
     * consecutive windows of {@code window} calls each. A path that allocates on every call never settles and is
     * measured as it is.
     *
     * @param path       the path
     * @param window     calls per window, ≥ 1
     * @param maxWarmupWindows most warm-up windows, ≥ 1
     * @param windows    measured windows, ≥ 1
     * @return the bytes of every measured window
     */
    public WindowedAllocation measureWindows(MeasuredPath path, long window, int maxWarmupWindows, int windows) {
        if (window < 1 || maxWarmupWindows < 1 || windows < 1) {
            throw new IllegalArgumentException("window, warm-up windows and windows must be >= 1, got " + window
                    + ", " + maxWarmupWindows + " and " + windows);
        }
        Settling settling = new Settling(Math.min(MIN_WARMUP_WINDOWS, maxWarmupWindows));
        boolean settled = false;
        while (!settled && settling.windows() < maxWarmupWindows) {
            settled = settling.windowEnded(measure(path, window));
        }
        long[] bytes = new long[windows];
        for (int w = 0; w < windows; w++) {
            bytes[w] = measure(path, window);
        }
        return new WindowedAllocation(settling.windows() * window, settled, window, bytes);
    }
}
