package io.dip.bench.audit;

/**
 * A controller the audit could not measure: its provider threw, or its closed loop stopped (the pendulum fell)
 * while latency and allocation were being measured. Such a controller fails the audit.
 *
 * @param controller the controller's name
 * @param message    what went wrong
 */
public record AuditError(String controller, String message) {
}
