package io.dip.testkit.measure;

import java.lang.management.ClassLoadingMXBean;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Decides when a warm-up is over: after a minimum number of windows, at the end of {@value #QUIET_WINDOWS}
 * consecutive quiet windows. A window is quiet when the measured thread allocated nothing in it, the JIT compilers
 * accrued no compilation time ({@link CompilationMXBean#getTotalCompilationTime()}) and no class was loaded
 * ({@link ClassLoadingMXBean#getTotalLoadedClassCount()}).
 *
 * <p>Why: while HotSpot compiles a hot loop it does one-time work on the requesting thread that allocates — a
 * compilation request resolves the string constants of the method's class and loads the classes of its
 * signature there; a deoptimisation sends the thread back through the interpreter, which resolves what it meets
 * for the first time — in bursts separated by quiet stretches. Measuring only after a run of quiet windows keeps
 * that work out of the measurement; a path that allocates on every call never settles.
 */
public final class Settling {

    /** Consecutive quiet windows that end a warm-up. */
    public static final int QUIET_WINDOWS = 3;

    private final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    private final boolean jitTimed = jit != null && jit.isCompilationTimeMonitoringSupported();
    private final ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
    private final int minimumWindows;
    private long lastJitMillis = jitMillis();
    private long lastLoadedClasses = classes.getTotalLoadedClassCount();
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
        long jitNow = jitMillis();
        long loadedNow = classes.getTotalLoadedClassCount();
        boolean quiet = allocatedBytes == 0 && jitNow == lastJitMillis && loadedNow == lastLoadedClasses;
        lastJitMillis = jitNow;
        lastLoadedClasses = loadedNow;
        windows++;
        quietInARow = quiet ? quietInARow + 1 : 0;
        return windows >= minimumWindows && quietInARow >= QUIET_WINDOWS;
    }

    /** @return windows recorded so far */
    public int windows() {
        return windows;
    }

    private long jitMillis() {
        return jitTimed ? jit.getTotalCompilationTime() : 0;
    }
}
