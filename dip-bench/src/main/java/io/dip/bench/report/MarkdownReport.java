package io.dip.bench.report;

import static io.dip.bench.report.MarkdownTable.Align.LEFT;
import static io.dip.bench.report.MarkdownTable.Align.RIGHT;

import io.dip.bench.audit.AuditError;
import io.dip.bench.audit.AuditReport;
import io.dip.bench.audit.AuditSettings;
import io.dip.bench.audit.ControllerAudit;
import io.dip.bench.audit.EpsilonResult;
import io.dip.bench.audit.EpsilonSoak;
import io.dip.bench.audit.HoldingAudit;
import io.dip.bench.audit.LongRunResult;
import io.dip.bench.audit.MachineInfo;
import io.dip.bench.measure.GcActivity;
import io.dip.sim.realtime.LatencySummary;
import io.dip.sim.realtime.PacedLoopResult;
import io.dip.testkit.contract.CheckResult;
import io.dip.testkit.contract.ControllerContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders an audit as Markdown: the memory and CPU tables of the original audit (peak, growth per hour,
 * status; mean, 95th percentile, maximum, status), then the detail — allocation per call, latency
 * percentiles, collections, clean-up checks, the Epsilon proof, the paced real-time runs — and the verdict.
 * The terminal shows the same text.
 */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    /**
     * @param report the audit
     * @return the Markdown document
     */
    public static String render(AuditReport report) {
        StringBuilder out = new StringBuilder();
        AuditSettings s = report.settings();
        List<ControllerAudit> controllers = report.controllers();
        out.append("# dip audit\n\n");
        int audited = controllers.size() + report.errors().size();
        out.append("Status: **").append(report.status()).append("** — ").append(audited)
                .append(audited == 1 ? " controller" : " controllers").append(", ")
                .append(s.quick() ? "quick form" : "full form").append(", wall time ")
                .append(Units.nanos(report.wallNanos())).append(".\n\n");
        if (report.cancelled()) {
            out.append("Interrupted: the figures below cover the controllers audited before; not audited: ")
                    .append(String.join(", ", report.notAudited())).append(".\n\n");
        }
        machine(out, report.machine());
        memory(out, s, controllers);
        cpu(out, s, controllers);
        checks(out, controllers);
        epsilon(out, s, controllers);
        realtime(out, s, controllers);
        HoldingMarkdown.section(out, report.holding());
        verdict(out, controllers, report.errors(), report.holding());
        return out.toString();
    }

    /**
     * Writes {@link #render} to a file, creating its parent directories.
     *
     * @param report the audit
     * @param file   destination
     * @throws IOException when the file cannot be written
     */
    public static void write(AuditReport report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(report), StandardCharsets.UTF_8);
    }

    private static void machine(StringBuilder out, MachineInfo m) {
        out.append("Machine: ").append(m.cpu()).append(", ").append(m.processors()).append(" processors, ")
                .append(m.os()).append("; Java ").append(m.java()).append(" (").append(m.vm()).append("), GC ")
                .append(String.join(" + ", m.collectors())).append(", max heap ")
                .append(Units.bytes(m.maxHeapBytes())).append(".\n\n");
    }

    private static void memory(StringBuilder out, AuditSettings s, List<ControllerAudit> controllers) {
        out.append("## Memory\n\n");
        out.append("Long run: ").append(Units.fixed(s.hours(), 1)).append(" h simulated = ")
                .append(Units.count(s.longRunSteps())).append(" closed-loop steps at dt ").append(s.dt())
                .append(" s, nothing recorded. Peak = retained size of the controller (JOL graph, the shared "
                        + "nominal model excluded); growth = used heap after full collections, end minus start, "
                        + "per simulated hour. B/call and B/step: the contract's strict measurement in a child JVM "
                        + "with escape analysis off (2^21 calls, 2^20 steps, every window 0 B to pass); long-run "
                        + "alloc: the thread's allocation in this JVM over the long run, for information.\n\n");
        MarkdownTable summary = new MarkdownTable(List.of("Controller", "Peak Memory", "Growth Rate", "Status"),
                List.of(LEFT, RIGHT, RIGHT, LEFT));
        for (ControllerAudit c : controllers) {
            summary.row(c.name(), Units.bytes(c.peakRetainedBytes()),
                    Units.fixed(c.growthKbPerHour(), 1) + " KB/hour", c.memoryOk() ? "[OK]" : "[FAIL]");
        }
        out.append(summary.render()).append('\n');
        MarkdownTable detail = new MarkdownTable(List.of("Controller", "B/call", "B/step", "Long-run alloc",
                "Heap start", "Heap end", "Retained start", "Retained end", "Steps", "Wall", "Steps/s"),
                List.of(LEFT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT));
        for (ControllerAudit c : controllers) {
            LongRunResult run = c.longRun();
            detail.row(c.name(), Units.bytesPerCall(c.bytesPerCall()), Units.bytesPerCall(c.bytesPerStep()),
                    Units.bytes(run.allocatedBytes()), Units.bytes(run.heapStartBytes()),
                    Units.bytes(run.heapEndBytes()), Units.bytes(c.retainedStartBytes()),
                    Units.bytes(c.retainedEndBytes()), Units.count(run.steps())
                            + (run.episodes() > 1 ? " (" + run.episodes() + " episodes, last restart after "
                            + run.restartReason() + ")" : ""),
                    Units.nanos(run.wallNanos()), Units.count(Math.round(run.stepsPerSecond())));
        }
        out.append(detail.render()).append('\n');
    }

    private static void cpu(StringBuilder out, AuditSettings s, List<ControllerAudit> controllers) {
        out.append("## CPU\n\n");
        out.append("computeControl on states near upright, ").append(Units.count(s.measuredCalls()))
                .append(" timed calls after ").append(Units.count(s.warmupCalls()))
                .append(" warm-up calls (System.nanoTime around each call, its own cost included). Status OK "
                        + "when the 99.9th percentiles of computeControl and of the closed-loop step meet the ")
                .append(Units.nanos(s.deadlineNanos())).append(" deadline (the maximum includes preemption by "
                        + "other processes on a shared machine).\n\n");
        MarkdownTable summary = new MarkdownTable(List.of("Controller", "Mean Time", "95th %ile", "Max Time",
                "Status"), List.of(LEFT, RIGHT, RIGHT, RIGHT, LEFT));
        for (ControllerAudit c : controllers) {
            LatencySummary l = c.control().latency();
            summary.row(c.name(), Units.nanos(l.meanNanos()), Units.nanos(l.p95Nanos()), Units.nanos(l.maxNanos()),
                    c.latencyOk() ? "[OK]" : "[OVER DEADLINE]");
        }
        out.append(summary.render()).append('\n');
        MarkdownTable detail = new MarkdownTable(List.of("Controller", "Path", "Mean", "p50", "p95", "p99",
                "p99.9", "Max", "Margin (deadline / p99.9)"),
                List.of(LEFT, LEFT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT));
        for (ControllerAudit c : controllers) {
            latencyRow(detail, c.name(), "computeControl", c.control().latency(), s.deadlineNanos());
            latencyRow(detail, c.name(), "closed-loop step", c.step().latency(), s.deadlineNanos());
        }
        out.append(detail.render()).append('\n');
        MarkdownTable gc = new MarkdownTable(List.of("Controller", "GC count", "GC pause"), List.of(LEFT, RIGHT,
                RIGHT));
        for (ControllerAudit c : controllers) {
            GcActivity total = c.totalGc();
            gc.row(c.name(), Long.toString(total.collections()), total.pauseMillis() + " ms");
        }
        out.append("Collections during the timed runs and the long run (the probes' own System.gc() "
                + "excluded):\n\n").append(gc.render()).append('\n');
    }

    private static void latencyRow(MarkdownTable table, String name, String path, LatencySummary l, long deadline) {
        table.row(name, path, Units.nanos(l.meanNanos()), Units.nanos(l.p50Nanos()), Units.nanos(l.p95Nanos()),
                Units.nanos(l.p99Nanos()), Units.nanos(l.p999Nanos()), Units.nanos(l.maxNanos()),
                Units.times(l.deadlineMarginFactor(deadline)));
    }

    private static void checks(StringBuilder out, List<ControllerAudit> controllers) {
        out.append("## Controller contract\n\n");
        List<String> headers = new ArrayList<>();
        headers.add("Check");
        List<MarkdownTable.Align> aligns = new ArrayList<>();
        aligns.add(LEFT);
        for (ControllerAudit c : controllers) {
            headers.add(c.name());
            aligns.add(LEFT);
        }
        MarkdownTable table = new MarkdownTable(headers, aligns);
        for (String check : ControllerContract.CHECKS) {
            String[] cells = new String[controllers.size() + 1];
            cells[0] = check;
            for (int i = 0; i < controllers.size(); i++) {
                cells[i + 1] = controllers.get(i).checks().stream().filter(r -> r.check().equals(check))
                        .map(CheckResult::status).findFirst().orElse("–");
            }
            table.row(cells);
        }
        out.append(table.render()).append('\n');
        for (ControllerAudit c : controllers) {
            for (CheckResult r : c.checks()) {
                if (!r.passed()) {
                    out.append("- ").append(c.name()).append(", ").append(r.check()).append(": ")
                            .append(r.detail()).append('\n');
                }
            }
        }
        if (controllers.stream().anyMatch(c -> c.checks().stream().anyMatch(r -> !r.passed()))) {
            out.append('\n');
        }
    }

    private static void epsilon(StringBuilder out, AuditSettings s, List<ControllerAudit> controllers) {
        out.append("## Epsilon GC proof\n\n");
        if (!s.epsilon()) {
            out.append("Not run.\n\n");
            return;
        }
        out.append("The long run again in a child JVM with ").append(String.join(" ", EpsilonSoak.JVM_OPTIONS))
.append(" (no memory is ever freed: any allocation in the loop exhausts the heap). Loop allocation "
                        + "counts the steps after the child's warm-up, whose one-time JIT work is shown apart; PASS "
                        + "when the child ran every step with less than 1 B per step after its warm-up.\n\n");
        MarkdownTable table = new MarkdownTable(List.of("Controller", "Steps", "Loop allocation",
                "Warm-up allocation", "Child wall", "Status"), List.of(LEFT, RIGHT, RIGHT, RIGHT, RIGHT, LEFT));
        for (ControllerAudit c : controllers) {
            EpsilonResult e = c.epsilon();
            if (e == null) {
                table.row(c.name(), "–", "–", "–", "–", "not run");
            } else {
                table.row(c.name(), Units.count(e.steps()), optionalBytes(e.allocatedBytes()),
                        optionalBytes(e.warmupAllocatedBytes()), Units.nanos(e.wallNanos()), e.status());
            }
        }
        out.append(table.render()).append('\n');
    }

    private static String optionalBytes(long bytes) {
        return bytes < 0 ? "–" : Units.bytes(bytes);
    }

    private static void realtime(StringBuilder out, AuditSettings s, List<ControllerAudit> controllers) {
        out.append("## Real-time paced loop\n\n");
        out.append("The closed loop against the wall clock, ").append(Units.fixed(s.realtimeSeconds(), 1))
                .append(" s per rate, idle strategy ").append(s.idle().label())
                .append(". Latency = completion minus scheduled release (wake-up jitter plus the step); a miss "
                        + "is an iteration that completed after its period.\n\n");
        MarkdownTable table = new MarkdownTable(List.of("Controller", "Rate", "Iterations", "Misses", "p50",
                "p99", "Max"), List.of(LEFT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT));
        for (ControllerAudit c : controllers) {
            for (PacedLoopResult r : c.realtime()) {
                table.row(c.name(), Units.fixed(r.rateHz(), 0) + " Hz", Units.count(r.iterations()),
                        Units.count(r.deadlineMisses()), Units.nanos(r.latency().p50Nanos()),
                        Units.nanos(r.latency().p99Nanos()), Units.nanos(r.latency().maxNanos()));
            }
        }
        out.append(table.render()).append('\n');
    }

    private static void verdict(StringBuilder out, List<ControllerAudit> controllers, List<AuditError> errors,
            HoldingAudit holding) {
        out.append("## Verdict\n\n");
        MarkdownTable table = new MarkdownTable(List.of("Controller", "Status", "Reasons"),
                List.of(LEFT, LEFT, LEFT));
        for (ControllerAudit c : controllers) {
            List<String> reasons = c.failures();
            table.row(c.name(), c.status(), reasons.isEmpty() ? "0 B/call, 0 B/step, no growth, all checks pass"
                    : String.join("; ", reasons));
        }
        for (AuditError e : errors) {
            table.row(e.controller(), "FAIL", "could not be audited: " + e.message());
        }
        for (String failing : holding.failing()) {
            table.row(failing, "FAIL", "holds what the allow-list rejects (see What the controllers hold)");
        }
        out.append(table.render());
        if (controllers.isEmpty() && errors.isEmpty()) {
            out.append("\nNo controller was audited.\n");
        }
    }
}
