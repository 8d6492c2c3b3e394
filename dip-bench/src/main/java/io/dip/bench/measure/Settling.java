package io.dip.bench.measure;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Decides when a warm-up is over: after a minimum number of windows, at the end of {@value #QUIET_WINDOWS}
 * consecutive quiet windows, a quiet window being one in which the measured thread allocated nothing and the
 * JIT compilers accrued no compilation time ({@link CompilationMXBean#getTotalCompilationTime()}).
 *
 * <p>Why: while HotSpot compiles a hot loop it does one-time work on the requesting thread that allocates —
 * a C2 compilation request resolves the string constants of the method's class and loads the classes of its
 * signature there — in bursts separated by quiet stretches, for the first tens of thousands of iterations of a
 * closed-loop step. A path that allocates on every call never settles.
 */
public final class Settling {

    /** Consecutive quiet windows that end a warm-up. */
    public static final int QUIET_WINDOWS = 2;

    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
    private final int minimumWindows;
    private long lastJitMillis = jitMillis();
    private int windows;
    private int quietInARow;

    /**
     * @param minimumWindows windows that run before any can end the warm-up
     */
    public Settling(int minimumWindows) {
        this.minimumWindows = minimumWindows;
    }

    /**
     * Records the end of a window.
     *
     * @param allocatedBytes bytes the measured thread allocated in the window
     * @return true once the minimum windows have run and the last {@value #QUIET_WINDOWS} were quiet
     */
    public boolean windowEnded(long allocatedBytes) {
        long now = jitMillis();
        boolean quiet = allocatedBytes == 0 && now == lastJitMillis;
        lastJitMillis = now;
        windows++;
        quietInARow = quiet ? quietInARow + 1 : 0;
        return windows >= minimumWindows && quietInARow >= QUIET_WINDOWS;
    }

    private long jitMillis() {
        return jitTimed ? jit.getTotalCompilationTime() : 0;
    }
}
