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
 * @param notAudited  the controllers not audited because the audit was interrupted (Ctrl-C), in the order they
 *                    would have been; empty for a complete audit
 * @param wallNanos   wall time of the whole audit (ns)
 */
public record AuditReport(MachineInfo machine, AuditSettings settings, List<ControllerAudit> controllers,
                          List<AuditError> errors, HoldingAudit holding, List<String> notAudited, long wallNanos) {

    /** Copies the lists. */
    public AuditReport {
        controllers = List.copyOf(controllers);
        errors = List.copyOf(errors);
        notAudited = List.copyOf(notAudited);
    }

    /** @return true when the audit was interrupted before every controller was audited */
    public boolean cancelled() {
        return !notAudited.isEmpty();
    }

    /**
     * @return true when every controller was measured and passes (and there is at least one), holding included,
     *         and the audit was not interrupted
     */
    public boolean passed() {
        return !cancelled() && errors.isEmpty() && !controllers.isEmpty()
                && controllers.stream().allMatch(ControllerAudit::passed) && holding.passed();
    }

    /** @return {@code PASS}, {@code FAIL}, or {@code CANCELLED} for an interrupted audit */
    public String status() {
        return cancelled() ? "CANCELLED" : passed() ? "PASS" : "FAIL";
    }
}
