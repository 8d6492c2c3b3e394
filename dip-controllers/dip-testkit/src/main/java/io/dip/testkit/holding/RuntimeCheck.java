package io.dip.testkit.holding;

/**
 * The runtime checks that judge what the class files cannot: the actual objects a created controller holds, and
 * what it does on the control path.
 */
public enum RuntimeCheck {

    /** {@link HoldingRules#inspect}: the live object graph of a created controller, judged by the allow-list. */
    OBJECT_GRAPH("object-graph walk of a created controller (HoldingRules.inspect)"),
    /** Bytes allocated per computeControl call and per simulation step must be 0. */
    ALLOCATION("allocation per call and per step"),
    /** The retained size must not grow over a long run. */
    GROWTH("retained-size growth over a long run");

    private final String label;

    RuntimeCheck(String label) {
        this.label = label;
    }

    /** @return how reports name this check */
    public String label() {
        return label;
    }
}
