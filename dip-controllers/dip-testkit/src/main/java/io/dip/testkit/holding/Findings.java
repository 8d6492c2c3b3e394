package io.dip.testkit.holding;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the findings of one check, each once, and turns them into a {@link HoldingReport}. */
final class Findings {

    private static final List<String> ALL_RUNTIME_CHECKS = java.util.Arrays.stream(RuntimeCheck.values())
            .map(RuntimeCheck::label).toList();

    private final List<String> controllers = new ArrayList<>();
    private final Set<HoldingViolation> violations = new LinkedHashSet<>();
    private final Set<HoldingViolation> deferred = new LinkedHashSet<>();
    private final List<String> notes = new ArrayList<>();
    private String controller = "";

    /** @param controllerClass the controller the next findings belong to */
    void startController(Class<?> controllerClass) {
        controller = controllerClass.getName();
        controllers.add(controller);
    }

    /**
     * @param path   where
     * @param reason why it is rejected
     */
    void violation(HoldingPath path, String reason) {
        violations.add(new HoldingViolation(controller, path.toString(), reason, List.of()));
    }

    /**
     * @param path   where
     * @param reason why the declaration cannot be judged; every {@link RuntimeCheck} covers it
     */
    void deferred(HoldingPath path, String reason) {
        deferred.add(new HoldingViolation(controller, path.toString(), reason, ALL_RUNTIME_CHECKS));
    }

    /** @param note a class that could not be judged, and why */
    void note(String note) {
        notes.add(note);
    }

    /** @return the report */
    HoldingReport report() {
        return new HoldingReport(controllers, List.copyOf(violations), List.copyOf(deferred), notes);
    }
}
