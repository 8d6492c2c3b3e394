package io.dip.bench.audit;

import io.dip.bench.measure.GcActivity;
import io.dip.bench.measure.PathMeasurement;
import io.dip.sim.realtime.PacedLoopResult;
import io.dip.testkit.contract.AllocationProbe;
import io.dip.testkit.contract.CheckResult;
import io.dip.testkit.contract.FootprintCheck;
import io.dip.testkit.measure.WindowedAllocation;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the audit measured for one controller, and its verdict.
 *
 * <p>The controller FAILs when a row of the controller contract fails (among them: a window of its hot path
 * allocated, measured with escape analysis off; its retained size exceeds the ceiling or grows), when it grows
 * over the long run through the engine (the controller's retained size grew, or exceeded
 * {@link FootprintCheck#CEILING_BYTES}, or the live heap grew by more than {@link #HEAP_NOISE_BYTES}), or when the
 * Epsilon run fails. The long run's own allocation count (escape analysis on), latency and deadline misses are
 * reported, not judged: they depend on the JIT, the machine and its load.
 *
 * @param name                 provider name
 * @param control              latency of {@code computeControl}
 * @param step                 latency of one closed-loop step (controller, plant integration and the loop's
 *                             bookkeeping)
 * @param retainedStartBytes   retained size of the controller before the long run (bytes, nominal model excluded)
 * @param retainedEndBytes     the same after the long run (bytes)
 * @param latencyGc            collections during the latency runs
 * @param longRun              the long non-recording run
 * @param allocation           the contract's allocation measurement (escape analysis off)
 * @param checks               the contract's rows
 * @param epsilon              the Epsilon-GC child run, or null when it was not requested
 * @param realtime             the paced runs against the wall clock
 * @param deadlineNanos        the deadline the latencies are compared with (ns)
 */
public record ControllerAudit(String name, PathMeasurement control, PathMeasurement step, long retainedStartBytes,
                              long retainedEndBytes, GcActivity latencyGc, LongRunResult longRun,
                              AllocationProbe.Result allocation, List<CheckResult> checks,
                              EpsilonResult epsilon, List<PacedLoopResult> realtime, long deadlineNanos) {

    /**
     * Live-heap growth over the long run that is tolerated as noise (bytes). The audit allocates nothing between
     * its two heap probes, and on HotSpot the used heap after full collections then reads the same to the byte;
     * but it is a whole-JVM figure that other threads (the JIT, the reference handler) may move by a few hundred
     * bytes. The exact evidence of no growth is the zero allocation count of the run and the unchanged retained
     * size.
     */
    public static final long HEAP_NOISE_BYTES = 64 * 1024;

    /** Copies the lists. */
    public ControllerAudit {
        checks = List.copyOf(checks);
        realtime = List.copyOf(realtime);
    }

    /** @return bytes allocated per {@code computeControl} after warm-up (escape analysis off), NaN if unmeasured */
    public double bytesPerCall() {
        return perCall(allocation.call());
    }

    /** @return bytes allocated per closed-loop step after warm-up (escape analysis off), NaN if unmeasured */
    public double bytesPerStep() {
        return perCall(allocation.step());
    }

    private static double perCall(WindowedAllocation measured) {
        return measured == null ? Double.NaN : measured.bytesPerCall();
    }

    /** @return the larger retained size, the controller's peak footprint (bytes) */
    public long peakRetainedBytes() {
        return Math.max(retainedStartBytes, retainedEndBytes);
    }

    /** @return live-heap growth per simulated hour of the long run (KB/h) */
    public double growthKbPerHour() {
        return longRun.growthKbPerHour();
    }

    /** @return true when a hot path allocated after warm-up, or could not be measured */
    public boolean allocates() {
        return allocation.rows().stream().anyMatch(row -> !row.passed());
    }

    /** @return true when memory grew over the long run, or the controller retains more than the ceiling */
    public boolean grows() {
        return retainedEndBytes > retainedStartBytes || peakRetainedBytes() > FootprintCheck.CEILING_BYTES
                || longRun.heapEndBytes() - longRun.heapStartBytes() > HEAP_NOISE_BYTES;
    }

    /** @return true when the memory table may say OK: no allocation and no growth */
    public boolean memoryOk() {
        return !allocates() && !grows();
    }

    /**
     * @return true when the 99.9th percentiles of {@code computeControl} and of the step meet the deadline (the
     *         maximum of a million calls on a shared machine includes preemption by other processes; it is
     *         reported, not judged)
     */
    public boolean latencyOk() {
        return control.latency().p999Nanos() <= deadlineNanos && step.latency().p999Nanos() <= deadlineNanos;
    }

    /** @return the reasons this controller fails, empty when it passes */
    public List<String> failures() {
        List<String> reasons = new ArrayList<>();
        for (CheckResult check : checks) {
            if (!check.passed()) {
                reasons.add(check.check() + ": " + check.detail());
            }
        }
        if (retainedEndBytes > retainedStartBytes) {
            reasons.add("retained size grew from " + retainedStartBytes + " B to " + retainedEndBytes + " B over "
                    + "the long run");
        }
        if (peakRetainedBytes() > FootprintCheck.CEILING_BYTES) {
            reasons.add("the controller in the long run retains " + peakRetainedBytes() + " B, more than the "
                    + "ceiling of " + FootprintCheck.CEILING_BYTES + " B");
        }
        long heapGrowth = longRun.heapEndBytes() - longRun.heapStartBytes();
        if (heapGrowth > HEAP_NOISE_BYTES) {
            reasons.add("live heap grew by " + heapGrowth + " B over the long run");
        }
        if (epsilon != null && !epsilon.passed()) {
            reasons.add("Epsilon-GC run: " + epsilon.detail());
        }
        return reasons;
    }

    /** @return true when nothing fails */
    public boolean passed() {
        return failures().isEmpty();
    }

    /** @return {@code PASS} or {@code FAIL} */
    public String status() {
        return passed() ? "PASS" : "FAIL";
    }

    /** @return how many times the 99.9th percentile of {@code computeControl} fits in the deadline */
    public double deadlineMarginFactor() {
        return control.latency().deadlineMarginFactor(deadlineNanos);
    }

    /** @return collections during the measured runs (latency runs and long run) */
    public GcActivity totalGc() {
        return new GcActivity(latencyGc.collections() + longRun.gc().collections(),
                latencyGc.pauseMillis() + longRun.gc().pauseMillis());
    }
}
