package io.dip.bench.audit;

import java.util.List;

/**
 * The audit's static and object-graph part: what the audited controllers hold, judged by the allow-list of the
 * holding rules ({@code docs/plugin-rules.md}) on their classes (a plugin's with the classes of its jar) and on
 * their objects.
 *
 * @param subjects the verdicts, per controller its classes then its objects
 */
public record HoldingAudit(List<HoldingSubject> subjects) {

    /** Copies the list. */
    public HoldingAudit {
        subjects = List.copyOf(subjects);
    }

    /** @return true when every subject was judged and passes */
    public boolean passed() {
        return subjects.stream().allMatch(HoldingSubject::passed);
    }

    /** @return the subjects that fail, each as {@code subject: check} */
    public List<String> failing() {
        return subjects.stream().filter(s -> !s.passed()).map(s -> s.subject() + ": " + s.check()).toList();
    }
}
