package io.dip.bench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.sim.engine.Cancellation;
import io.dip.sim.realtime.IdleStrategy;
import io.dip.sim.runtime.PluginRegistry;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ctrl-C during an audit: the controller being audited is dropped, the rest are not audited, and it says so. */
class AuditInterruptionTest {

    @Test
    void anAuditInterruptedDuringAControllerListsItAndTheRestAsNotAudited() {
        Cancellation stop = new Cancellation();
        ByteArrayOutputStream lines = new ByteArrayOutputStream();
        // the stop flag is set as soon as the first controller's first phase starts, as a signal would
        OutputStream signalOnFirstPhase = new OutputStream() {
            @Override
            public void write(int b) {
                lines.write(b);
                if (lines.toString(StandardCharsets.UTF_8).contains("classical_smc: allocation")) {
                    stop.cancel();
                }
            }
        };
        AuditReport report;
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            report = Audit.run(registry, List.of("classical_smc", "sta_smc"),
                    AuditSettings.standard(null, true, IdleStrategy.parse("sleep"), false), null,
                    new PrintStream(signalOnFirstPhase, true, StandardCharsets.UTF_8), stop);
        }
        assertEquals(List.of("classical_smc", "sta_smc"), report.notAudited(), lines.toString(StandardCharsets.UTF_8));
        assertEquals(List.of(), report.controllers());
        assertEquals(List.of(), report.errors());
        assertEquals("CANCELLED", report.status());
        assertTrue(lines.toString(StandardCharsets.UTF_8).contains("audit classical_smc: interrupted"),
                lines.toString(StandardCharsets.UTF_8));
    }
}
