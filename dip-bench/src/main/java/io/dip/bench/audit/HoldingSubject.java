package io.dip.bench.audit;

import io.dip.testkit.holding.HoldingReport;

/**
 * One verdict of the holding rules in the audit: a plugin jar's classes, a built-in controller's classes, or the
 * objects of a created controller.
 *
 * @param subject what was judged: a plugin jar's file name or a controller's name
 * @param check   {@link #CLASSES} or {@link #OBJECTS}
 * @param report  the verdict; null when the subject could not be judged
 * @param error   why it could not be judged (it then fails); null when judged
 */
public record HoldingSubject(String subject, String check, HoldingReport report, String error) {

    /** The static check: the allow-list applied to class files. */
    public static final String CLASSES = "classes";

    /** The runtime check: the allow-list applied to the object graph of a created controller. */
    public static final String OBJECTS = "objects";

    /** @return true when judged and nothing held is rejected */
    public boolean passed() {
        return error == null && report.passed();
    }

    /** @return {@code PASS} or {@code FAIL} */
    public String status() {
        return passed() ? "PASS" : "FAIL";
    }
}
