package io.dip.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.bench.audit.AuditReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {

    @Test
    void rendersTheMemoryAndCpuTablesOfTheOriginalAudit() {
        String md = MarkdownReport.render(SampleReports.report());
        List<String> lines = md.lines().toList();

        assertTrue(md.startsWith("# dip audit\n\nStatus: **FAIL** — 2 controllers, quick form"), md);
        assertTrue(lines.contains("| Controller    | Peak Memory |    Growth Rate | Status |"), md);
        assertTrue(lines.contains("| classical_smc |     17.0 KB |   -0.1 KB/hour | [OK]   |"), md);
        assertTrue(lines.contains("| leaky_smc     |      8.0 KB | 1024.0 KB/hour | [FAIL] |"), md);
        assertTrue(lines.contains("| Controller    | Mean Time | 95th %ile | Max Time | Status          |"), md);
        assertTrue(lines.contains("| classical_smc |    124 ns |    150 ns | 25.00 µs | [OK]            |"), md);
        assertTrue(lines.contains("| leaky_smc     |   2.00 µs |   3.00 µs | 12.00 ms | [OVER DEADLINE] |"), md);
    }

    @Test
    void listsChecksEpsilonRealtimeAndTheVerdict() {
        String md = MarkdownReport.render(SampleReports.report());

        assertTrue(md.contains("| close() twice harmless                                     | PASS          | FAIL      |"),
                md);
        assertTrue(md.contains("- leaky_smc, close() twice harmless: second close() threw boom"), md);
        assertTrue(md.contains("| classical_smc | 3,600,000 |             0 B |             8.9 KB |     2.50 s | PASS    |"),
                md);
        assertTrue(md.contains("| leaky_smc     |         – |               – |                  – |          – | not run |"),
                md);
        assertTrue(md.contains("| classical_smc | 1000 Hz |      1,000 |      2 | 55.00 µs |  1.20 ms |  1.60 ms |"),
                md);
        assertTrue(md.contains("| classical_smc | PASS   | 0 B/call, 0 B/step, no growth, all checks pass"), md);
        assertTrue(md.contains("| leaky_smc     | FAIL   | computeControl: 0 B in every window, escape analysis off: 24 B/call;"),
                md);
        assertTrue(md.contains("| leaky_smc     | computeControl   | 2.00 µs | 1.50 µs | 3.00 µs | 9.00 µs | "
                + "11.00 ms | 12.00 ms |                      0.9× |"), md);
        assertTrue(md.contains("| classical_smc | computeControl   |  124 ns |  110 ns |  150 ns |  400 ns | "
                + " 2.00 µs | 25.00 µs |                    5,000× |"), md);
    }

    @Test
    void anInterruptedAuditIsCancelledAndNamesTheControllersNotAudited() {
        AuditReport report = SampleReports.interrupted();
        String md = MarkdownReport.render(report);
        assertFalse(report.passed());
        assertTrue(md.contains("Status: **CANCELLED**"), md);
        assertTrue(md.contains("not audited: sta_smc, swing_up_smc."), md);
        assertEquals("[\"sta_smc\",\"swing_up_smc\"]", JsonReport.tree(report).get("not_audited").toString());
        assertEquals("CANCELLED", JsonReport.tree(report).get("status").asText());
    }

    @Test
    void aControllerThatCouldNotBeAuditedFailsTheVerdict() {
        String md = MarkdownReport.render(SampleReports.reportWithError());

        assertTrue(md.startsWith("# dip audit\n\nStatus: **FAIL** — 2 controllers"), md);
        assertTrue(md.contains("| falling_smc   | FAIL   | could not be audited: IllegalStateException: the closed loop "
                + "stopped (FELL)"), md);
    }

    @Test
    void writesTheFileItRenders(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/audit.md");
        MarkdownReport.write(SampleReports.report(), file);

        assertEquals(MarkdownReport.render(SampleReports.report()), Files.readString(file));
    }
}
