package io.dip.bench.audit;

import java.util.List;

/**
 * The result of one {@code dip audit}: where it ran, how much it measured, and every controller's audit.
 *
 * @param machine     the machine and JVM
 * @param settings    what was measured
 * @param controllers one audit per controller, in the order audited
 * @param wallNanos   wall time of the whole audit (ns)
 */
public record AuditReport(MachineInfo machine, AuditSettings settings, List<ControllerAudit> controllers,
                          long wallNanos) {

    /** Copies the list. */
    public AuditReport {
        controllers = List.copyOf(controllers);
    }

    /** @return true when every controller passes (and there is at least one) */
    public boolean passed() {
        return !controllers.isEmpty() && controllers.stream().allMatch(ControllerAudit::passed);
    }

    /** @return {@code PASS} or {@code FAIL} */
    public String status() {
        return passed() ? "PASS" : "FAIL";
    }
}
