package io.dip.bench.audit;

import java.util.List;

/**
 * The audit's static and object-graph part: what the controllers hold, judged by the allow-list of the holding
 * rules ({@code docs/plugin-rules.md}) on the classes of every plugin jar and of every built-in controller audited,
 * and on the objects of every controller audited.
 *
 * @param subjects the verdicts, jars first, then per controller its classes (built-ins) and its objects
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

    /** @return the subjects that fail, each as {@code subject (check)} */
    public List<String> failing() {
        return subjects.stream().filter(s -> !s.passed()).map(s -> s.subject() + " (" + s.check() + ")").toList();
    }
}
