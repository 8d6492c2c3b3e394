package io.dip.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dip.bench.audit.AuditReport;
import io.dip.bench.audit.HoldingAudit;
import io.dip.bench.audit.HoldingSubject;
import io.dip.testkit.holding.HoldingReport;
import io.dip.testkit.holding.HoldingViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The holding part of the audit, in Markdown and JSON: every violation with its path, and a failing verdict. */
class HoldingRenderingTest {

    private static final String PATH = "com.acme.MyCtrl.helper -> com.acme.Helper.buf -> java.util.ArrayList";
    private static final String DEFERRED = "com.acme.MyCtrl.filter -> com.acme.Filter";

    private static AuditReport withHolding() {
        AuditReport sample = SampleReports.report();
        HoldingReport jar = new HoldingReport(List.of("com.acme.MyCtrl"),
                List.of(new HoldingViolation("com.acme.MyCtrl", PATH, "a collection can grow", List.of())),
                List.of(new HoldingViolation("com.acme.MyCtrl", DEFERRED, "an interface",
                        List.of("object-graph walk", "allocation per call"))), List.of());
        HoldingAudit holding = new HoldingAudit(List.of(new HoldingSubject("acme (acme.jar)", HoldingSubject.CLASSES,
                jar, null), new HoldingSubject("acme (acme.jar)", HoldingSubject.OBJECTS, null,
                "could not be judged: boom")));
        return new AuditReport(sample.machine(), sample.settings(), sample.controllers().subList(0, 1),
                sample.errors(), holding, List.of(), sample.wallNanos());
    }

    @Test
    void markdownListsEachViolationWithItsPathAndFailsTheVerdict() {
        AuditReport report = withHolding();
        assertFalse(report.passed());
        String md = MarkdownReport.render(report);
        assertTrue(md.contains("## What the controllers hold"), md);
        assertTrue(md.contains("| acme (acme.jar) | classes |           1 |          1 |                1 | FAIL   |"),
                md);
        assertTrue(md.contains("- acme (acme.jar), classes: " + PATH + ": a collection can grow\n"), md);
        assertTrue(md.contains("- acme (acme.jar), classes: " + DEFERRED
                + ": an interface [judged at run time by: object-graph walk; allocation per call]"), md);
        assertTrue(md.contains("- acme (acme.jar), objects: could not be judged: boom"), md);
        assertTrue(md.contains("| acme (acme.jar): classes | FAIL   |"), md);
    }

    @Test
    void jsonCarriesTheSubjectsPathsAndCoverage() {
        JsonNode holding = JsonReport.tree(withHolding()).get("holding");
        assertEquals("FAIL", holding.get("status").asText());
        JsonNode jar = holding.get("subjects").get(0);
        assertEquals("acme (acme.jar)", jar.get("subject").asText());
        assertEquals(PATH, jar.get("violations").get(0).get("path").asText());
        assertEquals("allocation per call", jar.get("deferred").get(0).get("coveredBy").get(1).asText());
        assertEquals("could not be judged: boom", holding.get("subjects").get(1).get("error").asText());
    }
}
