package io.dip.bench.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.bench.audit.HoldingAudit;
import io.dip.bench.audit.HoldingSubject;
import io.dip.testkit.holding.HoldingReport;
import io.dip.testkit.holding.HoldingViolation;
import java.util.List;

/**
 * The holding part of an audit as JSON: {@code status} and a {@code subjects} array; each subject has
 * {@code subject}, {@code check} ({@code classes} or {@code objects}), {@code status}, {@code error} (null when
 * judged), {@code controllers}, {@code violations} and {@code deferred} (objects with {@code controller},
 * {@code path}, {@code reason}, {@code coveredBy}) and {@code notes}.
 */
final class HoldingJson {

    private HoldingJson() {
    }

    /**
     * @param holding the holding part of the audit
     * @return its JSON tree
     */
    static ObjectNode tree(HoldingAudit holding) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("status", holding.passed() ? "PASS" : "FAIL");
        ArrayNode subjects = root.putArray("subjects");
        for (HoldingSubject s : holding.subjects()) {
            ObjectNode subject = subjects.addObject();
            subject.put("subject", s.subject());
            subject.put("check", s.check());
            subject.put("status", s.status());
            subject.put("error", s.error());
            HoldingReport report = s.report();
            strings(subject.putArray("controllers"), report == null ? List.of() : report.controllersJudged());
            findings(subject.putArray("violations"), report == null ? List.of() : report.violations());
            findings(subject.putArray("deferred"), report == null ? List.of() : report.deferred());
            strings(subject.putArray("notes"), report == null ? List.of() : report.notes());
        }
        return root;
    }

    private static void findings(ArrayNode array, List<HoldingViolation> findings) {
        for (HoldingViolation v : findings) {
            ObjectNode finding = array.addObject();
            finding.put("controller", v.controllerClass());
            finding.put("path", v.path());
            finding.put("reason", v.reason());
            strings(finding.putArray("coveredBy"), v.coveredByRuntimeChecks());
        }
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
