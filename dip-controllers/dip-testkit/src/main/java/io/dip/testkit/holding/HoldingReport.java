package io.dip.testkit.holding;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict of the holding rules on a set of controllers.
 *
 * @param controllersJudged the controller classes judged (binary names), in the order judged
 * @param violations        what the allow-list rejects; the report passes when this is empty
 * @param deferred          what the class files cannot judge and the runtime checks cover (each names them)
 * @param notes             classes that could not be judged at all (e.g. a class of a jar that does not load),
 *                          one line each
 */
public record HoldingReport(List<String> controllersJudged, List<HoldingViolation> violations,
        List<HoldingViolation> deferred, List<String> notes) {

    /** Copies the lists. */
    public HoldingReport {
        controllersJudged = List.copyOf(controllersJudged);
        violations = List.copyOf(violations);
        deferred = List.copyOf(deferred);
        notes = List.copyOf(notes);
    }

    /** @return true when nothing held is rejected */
    public boolean passed() {
        return violations.isEmpty();
    }

    /**
     * @param other another report
     * @return both reports' findings, this one's first (a controller judged by both is listed once)
     */
    public HoldingReport and(HoldingReport other) {
        List<String> controllers = new ArrayList<>(controllersJudged);
        other.controllersJudged.stream().filter(c -> !controllers.contains(c)).forEach(controllers::add);
        return new HoldingReport(controllers, concat(violations, other.violations), concat(deferred, other.deferred),
                concat(notes, other.notes));
    }

    /** @return one line per violation, then one per deferred finding and note; "no violation" when clean */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (controllersJudged.isEmpty()) {
            text.append("no io.dip.api.Controller implementation found\n");
        }
        for (HoldingViolation violation : violations) {
            text.append("VIOLATION ").append(violation.describe()).append('\n');
        }
        for (HoldingViolation finding : deferred) {
            text.append("RUNTIME   ").append(finding.describe()).append('\n');
        }
        for (String note : notes) {
            text.append("NOTE      ").append(note).append('\n');
        }
        if (violations.isEmpty()) {
            text.append("no violation in ").append(controllersJudged.size()).append(" controller class(es)\n");
        }
        return text.toString();
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
