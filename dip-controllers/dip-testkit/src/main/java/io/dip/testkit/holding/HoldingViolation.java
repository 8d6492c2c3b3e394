package io.dip.testkit.holding;

import java.util.List;

/**
 * One thing a controller holds that the allow-list does not admit, or that the class files alone cannot judge.
 *
 * @param controllerClass        the controller whose state leads to it (binary class name)
 * @param path                   how it is reached, from the controller's field to the offending type or object,
 *                               e.g. {@code com.acme.MyCtrl.helper -> com.acme.Helper.buf -> java.util.ArrayList}
 * @param reason                 why it is not allowed (or why it cannot be judged from the class files)
 * @param coveredByRuntimeChecks empty for a violation; for a finding the class files cannot judge (an interface,
 *                               {@code Object}, a class that subclasses could extend), the runtime checks that
 *                               judge the actual object instead ({@link RuntimeCheck#label()})
 */
public record HoldingViolation(String controllerClass, String path, String reason,
        List<String> coveredByRuntimeChecks) {

    /** Copies the list. */
    public HoldingViolation {
        coveredByRuntimeChecks = List.copyOf(coveredByRuntimeChecks);
    }

    /** @return true when runtime checks judge this instead (it is then not a violation by itself) */
    public boolean deferredToRuntime() {
        return !coveredByRuntimeChecks.isEmpty();
    }

    /** @return one line: path, reason and, when deferred, the runtime checks that cover it */
    public String describe() {
        String line = path + ": " + reason;
        return deferredToRuntime() ? line + " [judged at run time by: " + String.join("; ", coveredByRuntimeChecks)
                + "]" : line;
    }
}
