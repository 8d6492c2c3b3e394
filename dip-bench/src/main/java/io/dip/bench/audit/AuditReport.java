package io.dip.bench.audit;

import java.util.List;

/**
 * The result of one {@code dip audit}: where it ran, how much it measured, every controller's audit and the
 * controllers that could not be audited.
 *
 * @param machine     the machine and JVM
 * @param settings    what was measured
 * @param controllers one audit per controller measured, in the order audited
 * @param errors      the controllers that could not be measured
 * @param holding     what the controllers hold, judged by the holding rules on classes and objects
 * @param wallNanos   wall time of the whole audit (ns)
 */
public record AuditReport(MachineInfo machine, AuditSettings settings, List<ControllerAudit> controllers,
                          List<AuditError> errors, HoldingAudit holding, long wallNanos) {

    /** Copies the lists. */
    public AuditReport {
        controllers = List.copyOf(controllers);
        errors = List.copyOf(errors);
    }

    /** @return true when every controller was measured and passes (and there is at least one), holding included */
    public boolean passed() {
        return errors.isEmpty() && !controllers.isEmpty() && controllers.stream().allMatch(ControllerAudit::passed)
                && holding.passed();
    }

    /** @return {@code PASS} or {@code FAIL} */
    public String status() {
        return passed() ? "PASS" : "FAIL";
    }
}
