package io.dip.bench.report;

import io.dip.bench.audit.AuditError;
import io.dip.bench.audit.AuditReport;
import io.dip.bench.audit.AuditSettings;
import io.dip.bench.audit.ControllerAudit;
import io.dip.bench.audit.EpsilonResult;
import io.dip.bench.audit.HoldingAudit;
import io.dip.bench.audit.LongRunResult;
import io.dip.bench.audit.MachineInfo;
import io.dip.bench.measure.GcActivity;
import io.dip.bench.measure.PathMeasurement;
import io.dip.sim.realtime.IdleStrategy;
import io.dip.sim.realtime.LatencyDistribution;
import io.dip.sim.realtime.LatencySummary;
import io.dip.sim.realtime.PacedLoopResult;
import io.dip.testkit.contract.AllocationProbe;
import io.dip.testkit.contract.CheckResult;
import io.dip.testkit.contract.CleanupChecks;
import io.dip.testkit.contract.ControllerContract;
import io.dip.testkit.measure.WindowedAllocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Hand-made audit results with known numbers, for the writer tests. */
final class SampleReports {

    private SampleReports() {
    }

    static final MachineInfo MACHINE = new MachineInfo("Test CPU 3000", 2, "Linux 6.1", "17.0.15", "OpenJDK 17",
            List.of("G1 Young Generation", "G1 Old Generation"), 512L * 1024 * 1024);

    static final AuditSettings SETTINGS = new AuditSettings(true, 10.0, 0.01, 1_000, 1_000_000, 10_000_000L,
            List.of(100.0, 1000.0), 1.0, IdleStrategy.SLEEP, true);

    /** A passing controller: 0 B, heap 1024 B smaller at the end, 17 408 B retained. */
    static ControllerAudit passing() {
        return new ControllerAudit("classical_smc",
                path(new LatencySummary(1_000_000, 123.5, 110, 150, 400, 2_000, 25_000)),
                path(new LatencySummary(1_000_000, 480.0, 450, 600, 900, 5_000, 40_000)),
                17_408, 17_408, new GcActivity(0, 0),
                new LongRunResult(3_600_000, 10.0, 1, null, 2_000_000_000L, 0, 50_000_000, 49_998_976,
                        new GcActivity(1, 3)),
                ALLOCATION_FREE,
                ControllerContract.CHECKS.stream().map(c -> CheckResult.pass(c, "ok")).toList(),
                new EpsilonResult(true, 3_600_000, 0, 9_112, 2_500_000_000L, 0, "steps=3600000 allocated=0"),
                List.of(new PacedLoopResult(10_000_000, IdleStrategy.SLEEP, 100, 0,
                                new LatencySummary(100, 60_000, 55_000, 80_000, 90_000, 95_000, 97_000), 1_000_000_000L),
                        new PacedLoopResult(1_000_000, IdleStrategy.SLEEP, 1000, 2,
                                new LatencySummary(1000, 60_000, 55_000, 80_000, 1_200_000, 1_500_000, 1_600_000),
                                1_000_000_000L)),
                10_000_000L);
    }

    /**
     * A failing controller: allocates 24 B/call, heap grew 10 240 KB over 10 h, one check fails, no Epsilon,
     * p99.9 of computeControl over the 10 ms deadline.
     */
    static ControllerAudit failing() {
        List<CheckResult> checks = new ArrayList<>();
        for (String c : ControllerContract.CHECKS) {
            checks.add(c.equals(CleanupChecks.CLOSE_TWICE) ? CheckResult.fail(c, "second close() threw boom")
                    : c.equals(AllocationProbe.CALL_FREE) || c.equals(AllocationProbe.STEP_FREE)
                    ? CheckResult.fail(c, "24 B/call") : CheckResult.pass(c, "ok"));
        }
        return new ControllerAudit("leaky_smc",
                path(new LatencySummary(1_000_000, 2_000, 1_500, 3_000, 9_000, 11_000_000, 12_000_000)),
                path(new LatencySummary(1_000_000, 2_500, 2_000, 3_500, 9_500, 21_000, 12_500_000)),
                4_096, 8_192, new GcActivity(40, 120),
                new LongRunResult(3_600_000, 10.0, 1, null, 3_000_000_000L, 86_400_000, 50_000_000,
                        50_000_000 + 10_240 * 1024, new GcActivity(12, 30)),
                allocating(), checks, null, List.of(), 10_000_000L);
    }

    static AuditReport report() {
        return new AuditReport(MACHINE, SETTINGS, List.of(passing(), failing()), List.of(),
                new HoldingAudit(List.of()), List.of(), 61_000_000_000L);
    }

    /** One controller measured and passing, then the audit interrupted before two others. */
    static AuditReport interrupted() {
        return new AuditReport(MACHINE, SETTINGS, List.of(passing()), List.of(), new HoldingAudit(List.of()),
                List.of("sta_smc", "swing_up_smc"), 12_000_000_000L);
    }

    /** One controller measured and passing, one that could not be measured. */
    static AuditReport reportWithError() {
        return new AuditReport(MACHINE, SETTINGS, List.of(passing()),
                List.of(new AuditError("falling_smc", "IllegalStateException: the closed loop stopped (FELL)")),
                new HoldingAudit(List.of()), List.of(), 61_000_000_000L);
    }

    /** The contract's allocation measurement of a path reading 0 B in 32 windows of 2¹⁶ calls. */
    private static final WindowedAllocation FREE = new WindowedAllocation(262_144, true, 65_536, new long[32]);

    /** A controller allocating nothing. */
    private static final AllocationProbe.Result ALLOCATION_FREE = new AllocationProbe.Result(FREE, FREE, null);

    /** A controller allocating 24 B per call and per step. */
    private static AllocationProbe.Result allocating() {
        long[] windows = new long[32];
        Arrays.fill(windows, 24L * 65_536);
        WindowedAllocation m = new WindowedAllocation(4_194_304, false, 65_536, windows);
        return new AllocationProbe.Result(m, m, null);
    }

    private static PathMeasurement path(LatencySummary latency) {
        return new PathMeasurement(latency.count(), latency,
                new LatencyDistribution(new double[] {100, 125, 156, 195}, new long[] {10, 500_000, 400_000, 99_990}));
    }
}
