package io.dip.bench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.bench.realtime.IdleStrategy;
import io.dip.bench.report.MarkdownReport;
import io.dip.sim.runtime.PluginRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditTest {

    @Test
    void aQuickAuditOfTheClassicalControllerPasses() {
        AuditSettings settings = AuditSettings.standard(1.0, true, IdleStrategy.SLEEP);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        AuditReport report;
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            report = Audit.run(registry, List.of("classical_smc"), settings, null,
                    new PrintStream(progress, true, StandardCharsets.UTF_8));
        }
        System.out.println(MarkdownReport.render(report));
        assertEquals(1, report.controllers().size());
        ControllerAudit audit = report.controllers().get(0);
        assertTrue(audit.passed(), String.join("; ", audit.failures()));
    }
}
