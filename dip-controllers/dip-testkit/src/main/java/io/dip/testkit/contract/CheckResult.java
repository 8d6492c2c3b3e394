package io.dip.testkit.contract;

import java.util.function.Supplier;

/**
 * One PASS/FAIL row of the controller contract (and of the audit that runs it).
 *
 * @param check  what was checked, e.g. {@code close() twice harmless}
 * @param passed true when the controller behaved as required
 * @param detail what was observed (why it failed, or the evidence it passed)
 */
public record CheckResult(String check, boolean passed, String detail) {

    /**
     * @param check  what was checked
     * @param detail the evidence
     * @return a passing row
     */
    public static CheckResult pass(String check, String detail) {
        return new CheckResult(check, true, detail);
    }

    /**
     * @param check  what was checked
     * @param detail why it failed
     * @return a failing row
     */
    public static CheckResult fail(String check, String detail) {
        return new CheckResult(check, false, detail);
    }

    /**
     * Runs a check; a check that throws unexpectedly fails with the exception as its detail.
     *
     * @param check what is checked
     * @param body  the check
     * @return its row
     */
    public static CheckResult guarded(String check, Supplier<CheckResult> body) {
        try {
            return body.get();
        } catch (RuntimeException | Error e) {
            return fail(check, "unexpected " + e);
        }
    }

    /** @return {@code PASS} or {@code FAIL} */
    public String status() {
        return passed ? "PASS" : "FAIL";
    }
}
