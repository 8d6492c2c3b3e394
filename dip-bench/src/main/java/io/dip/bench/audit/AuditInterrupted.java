package io.dip.bench.audit;

/**
 * Thrown inside a controller's audit when the audit is interrupted (Ctrl-C): the controller's measurements so far
 * are dropped, and the report covers the controllers audited before it.
 */
final class AuditInterrupted extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param controller the controller whose audit was interrupted */
    AuditInterrupted(String controller) {
        super("the audit of " + controller + " was interrupted", null, false, false);
    }
}
