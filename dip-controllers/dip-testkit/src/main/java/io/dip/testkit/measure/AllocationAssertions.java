package io.dip.testkit.measure;

/**
 * The allocation assertion of unit tests, with the meter's strict rule: after a warm-up that ends on quiet windows,
 * every one of the measured windows must read 0 bytes. It throws {@link AssertionError}, which every test framework
 * reports as a failure, and needs none.
 *
 * <p>With escape analysis on (the JVM default) the assertion judges the code as the JIT compiled it; run the tests
 * with {@code -XX:-DoEscapeAnalysis} to judge the allocations written in the code, as the project's own build does.
 */
public final class AllocationAssertions {

    /** Calls per window. */
    public static final long DEFAULT_WINDOW = 100_000;
    /** Most warm-up windows. */
    public static final int DEFAULT_MAX_WARMUP_WINDOWS = 40;
    /** Measured windows: {@value} × {@value #DEFAULT_WINDOW} = 10⁶ calls. */
    public static final int DEFAULT_WINDOWS = 10;

    private AllocationAssertions() {
    }

    /**
     * Asserts that {@code workload} allocates nothing: {@value #DEFAULT_WINDOWS} windows of
     * {@value #DEFAULT_WINDOW} calls after warm-up all read 0 bytes.
     *
     * @param what     description for the failure message
     * @param workload the hot-path call (create its inputs beforehand)
     * @throws AssertionError when a measured window allocated
     */
    public static void assertAllocationFree(String what, Runnable workload) {
        assertAllocationFree(what, workload, DEFAULT_WINDOW, DEFAULT_WINDOWS);
    }

    /**
     * @param what     description for the failure message
     * @param workload the hot-path call
     * @param window   calls per window (also of each warm-up window)
     * @param windows  measured windows
     * @return the measurement, when it passed
     * @throws AssertionError when a measured window allocated
     */
    public static WindowedAllocation assertAllocationFree(String what, Runnable workload, long window,
                                                          int windows) {
        WindowedAllocation measured = new AllocationMeter().measureWindows(i -> workload.run(), window,
                DEFAULT_MAX_WARMUP_WINDOWS, windows);
        if (!measured.allocationFree()) {
            throw new AssertionError(what + " allocates: " + measured.describe());
        }
        return measured;
    }
}
