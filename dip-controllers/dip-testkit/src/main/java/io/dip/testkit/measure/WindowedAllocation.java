package io.dip.testkit.measure;

import java.util.Arrays;
import java.util.Locale;

/**
 * The bytes a path allocated in consecutive measured windows of equal length, which together cover every
 * measured call.
 *
 * @param warmupCalls calls run before the first window
 * @param settled     true when the warm-up ended on quiet windows ({@link Settling}), false when it ran out
 * @param callsPerWindow calls in each window
 * @param windowBytes bytes allocated in each window, in order
 */
public record WindowedAllocation(long warmupCalls, boolean settled, long callsPerWindow, long[] windowBytes) {

    /** Copies the window array. */
    public WindowedAllocation {
        windowBytes = windowBytes.clone();
    }

    @Override
    public long[] windowBytes() {
        return windowBytes.clone();
    }

    /** @return calls measured: windows × calls per window */
    public long calls() {
        return callsPerWindow * windowBytes.length;
    }

    /** @return bytes allocated over every measured call */
    public long totalBytes() {
        long total = 0;
        for (long b : windowBytes) {
            total += b;
        }
        return total;
    }

    /** @return mean bytes per measured call */
    public double bytesPerCall() {
        return (double) totalBytes() / calls();
    }

    /** @return true when every window read 0 bytes: the strict verdict */
    public boolean allocationFree() {
        return Arrays.stream(windowBytes).allMatch(b -> b == 0);
    }

    /** @return windows that read more than 0 bytes */
    public long allocatingWindows() {
        return Arrays.stream(windowBytes).filter(b -> b != 0).count();
    }

    /** @return one line: calls, windows, total and the windows that allocated */
    public String describe() {
        String base = String.format(Locale.ROOT, "%,d B over %,d calls in %d windows of %,d after %,d warm-up "
                        + "calls%s", totalBytes(), calls(), windowBytes.length, callsPerWindow, warmupCalls,
                settled ? "" : " (the warm-up never went quiet)");
        if (allocationFree()) {
            return base;
        }
        return base + String.format(Locale.ROOT, "; %d of %d windows allocated (%.4g B/call), first: %s",
                allocatingWindows(), windowBytes.length, bytesPerCall(), firstAllocatingWindow());
    }

    private String firstAllocatingWindow() {
        for (int w = 0; w < windowBytes.length; w++) {
            if (windowBytes[w] != 0) {
                return String.format(Locale.ROOT, "window %d read %,d B", w, windowBytes[w]);
            }
        }
        return "none";
    }
}
