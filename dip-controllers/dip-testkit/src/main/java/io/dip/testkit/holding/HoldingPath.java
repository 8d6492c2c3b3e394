package io.dip.testkit.holding;

import java.util.ArrayList;
import java.util.List;

/**
 * How an offending type or object is reached from a controller: field after field, rendered as
 * {@code com.acme.MyCtrl.helper -> com.acme.Helper.buf -> java.util.ArrayList}.
 */
final class HoldingPath {

    private static final HoldingPath START = new HoldingPath(List.of());

    private final List<String> steps;

    private HoldingPath(List<String> steps) {
        this.steps = steps;
    }

    /** @return the empty path, at the controller itself */
    static HoldingPath start() {
        return START;
    }

    /**
     * @param step the next field ({@code Owner.field}) or the type reached
     * @return this path extended by one step
     */
    HoldingPath then(String step) {
        List<String> longer = new ArrayList<>(steps);
        longer.add(step);
        return new HoldingPath(List.copyOf(longer));
    }

    /** @return the number of steps */
    int length() {
        return steps.size();
    }

    @Override
    public String toString() {
        return String.join(" -> ", steps);
    }
}
