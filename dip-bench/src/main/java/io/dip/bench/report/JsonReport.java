package io.dip.bench.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.bench.audit.AuditError;
import io.dip.bench.audit.AuditReport;
import io.dip.bench.audit.AuditSettings;
import io.dip.bench.audit.ControllerAudit;
import io.dip.bench.audit.EpsilonResult;
import io.dip.bench.audit.LongRunResult;
import io.dip.bench.audit.MachineInfo;
import io.dip.bench.measure.GcActivity;
import io.dip.sim.realtime.LatencySummary;
import io.dip.sim.realtime.PacedLoopResult;
import io.dip.testkit.contract.CheckResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders an audit as JSON for tools and CI. Top level: {@code status}, {@code wallNanos}, {@code machine},
 * {@code settings}, a {@code controllers} array, an {@code errors} array (controllers that could not be
 * measured: {@code name}, {@code status} FAIL, {@code error}) and {@code holding} (what the controllers hold, see
 * {@link HoldingJson}). Each controller object carries {@code name}, {@code status},
 * {@code bytesPerCall}, {@code bytesPerStep}, {@code growthKbPerHour}, {@code peakRetainedBytes} and the
 * {@code computeControl} latency flat ({@code meanNanos}, {@code p50Nanos}, {@code p95Nanos}, {@code p99Nanos},
 * {@code p999Nanos}, {@code maxNanos}), then nested objects {@code step}, {@code gc}, {@code longRun},
 * {@code epsilon} (null when not run) and arrays {@code checks}, {@code realtime}, {@code failures}.
 * Non-finite numbers are written as null.
 */
public final class JsonReport {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /**
     * @param report the audit
     * @return the JSON tree
     */
    public static ObjectNode tree(AuditReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("status", report.status());
        root.put("wallNanos", report.wallNanos());
        root.set("machine", machine(report.machine()));
        root.set("settings", settings(report.settings()));
        ArrayNode controllers = root.putArray("controllers");
        for (ControllerAudit c : report.controllers()) {
            controllers.add(controller(c));
        }
        ArrayNode notAudited = root.putArray("not_audited");
        report.notAudited().forEach(notAudited::add);
        ArrayNode errors = root.putArray("errors");
        for (AuditError e : report.errors()) {
            ObjectNode error = errors.addObject();
            error.put("name", e.controller());
            error.put("status", "FAIL");
            error.put("error", e.message());
        }
        root.set("holding", HoldingJson.tree(report.holding()));
        return root;
    }

    /**
     * @param report the audit
     * @return the JSON text, indented
     */
    public static String render(AuditReport report) {
        try {
            return MAPPER.writeValueAsString(tree(report));
        } catch (IOException e) {
            throw new IllegalStateException("cannot render the audit as JSON", e);
        }
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
        MAPPER.writeValue(file.toFile(), tree(report));
    }

    private static ObjectNode machine(MachineInfo m) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("cpu", m.cpu());
        node.put("processors", m.processors());
        node.put("os", m.os());
        node.put("java", m.java());
        node.put("vm", m.vm());
        ArrayNode collectors = node.putArray("collectors");
        m.collectors().forEach(collectors::add);
        node.put("maxHeapBytes", m.maxHeapBytes());
        return node;
    }

    private static ObjectNode settings(AuditSettings s) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("quick", s.quick());
        node.put("hours", s.hours());
        node.put("dt", s.dt());
        node.put("longRunSteps", s.longRunSteps());
        node.put("warmupCalls", s.warmupCalls());
        node.put("measuredCalls", s.measuredCalls());
        node.put("deadlineNanos", s.deadlineNanos());
        ArrayNode rates = node.putArray("realtimeRatesHz");
        s.realtimeRatesHz().forEach(rates::add);
        node.put("realtimeSeconds", s.realtimeSeconds());
        node.put("idle", s.idle().label());
        node.put("epsilon", s.epsilon());
        return node;
    }

    private static ObjectNode controller(ControllerAudit c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", c.name());
        node.put("status", c.status());
        node.put("bytesPerCall", c.bytesPerCall());
        node.put("bytesPerStep", c.bytesPerStep());
        putFinite(node, "growthKbPerHour", c.growthKbPerHour());
        node.put("peakRetainedBytes", c.peakRetainedBytes());
        node.put("retainedStartBytes", c.retainedStartBytes());
        node.put("retainedEndBytes", c.retainedEndBytes());
        putLatency(node, c.control().latency());
        node.put("calls", c.control().calls());
        putFinite(node, "deadlineMarginFactor", c.deadlineMarginFactor());
        node.put("deadlineNanos", c.deadlineNanos());
        ObjectNode step = node.putObject("step");
        step.put("bytesPerStep", c.bytesPerStep());
        putLatency(step, c.step().latency());
        step.put("calls", c.step().calls());
        putFinite(step, "deadlineMarginFactor", c.step().latency().deadlineMarginFactor(c.deadlineNanos()));
        node.set("gc", gc(c.totalGc()));
        node.set("longRun", longRun(c.longRun()));
        ArrayNode checks = node.putArray("checks");
        for (CheckResult r : c.checks()) {
            ObjectNode check = checks.addObject();
            check.put("check", r.check());
            check.put("status", r.status());
            check.put("detail", r.detail());
        }
        node.set("epsilon", c.epsilon() == null ? null : epsilon(c.epsilon()));
        ArrayNode realtime = node.putArray("realtime");
        for (PacedLoopResult r : c.realtime()) {
            ObjectNode run = realtime.addObject();
            run.put("rateHz", r.rateHz());
            run.put("periodNanos", r.periodNanos());
            run.put("idle", r.idle().label());
            run.put("iterations", r.iterations());
            run.put("deadlineMisses", r.deadlineMisses());
            putLatency(run, r.latency());
            run.put("wallNanos", r.wallNanos());
        }
        ArrayNode failures = node.putArray("failures");
        c.failures().forEach(failures::add);
        return node;
    }

    private static void putLatency(ObjectNode node, LatencySummary l) {
        putFinite(node, "meanNanos", l.meanNanos());
        node.put("p50Nanos", l.p50Nanos());
        node.put("p95Nanos", l.p95Nanos());
        node.put("p99Nanos", l.p99Nanos());
        node.put("p999Nanos", l.p999Nanos());
        node.put("maxNanos", l.maxNanos());
    }

    private static ObjectNode gc(GcActivity gc) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("collections", gc.collections());
        node.put("pauseMillis", gc.pauseMillis());
        return node;
    }

    private static ObjectNode longRun(LongRunResult run) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("steps", run.steps());
        node.put("simulatedHours", run.simulatedHours());
        node.put("episodes", run.episodes());
        node.put("restartReason", run.restartReason());
        node.put("wallNanos", run.wallNanos());
        node.put("allocatedBytes", run.allocatedBytes());
        node.put("heapStartBytes", run.heapStartBytes());
        node.put("heapEndBytes", run.heapEndBytes());
        putFinite(node, "growthKbPerHour", run.growthKbPerHour());
        node.set("gc", gc(run.gc()));
        return node;
    }

    private static ObjectNode epsilon(EpsilonResult e) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("status", e.status());
        node.put("steps", e.steps());
        node.put("allocatedBytes", e.allocatedBytes());
        node.put("warmupAllocatedBytes", e.warmupAllocatedBytes());
        node.put("wallNanos", e.wallNanos());
        node.put("exitCode", e.exitCode());
        node.put("detail", e.detail());
        return node;
    }

    private static void putFinite(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
    }
}
