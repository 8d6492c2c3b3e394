package io.dip.sim.tuning;

import io.dip.api.ParameterSpace;
import java.util.ArrayList;
import java.util.List;

/**
 * A named gain vector read back from a tuning result file.
 *
 * @param controller the controller the gains were tuned for
 * @param names      the gain names, in the file's order
 * @param values     the gains, {@code values[i]} belongs to {@code names.get(i)}
 */
public record TunedGains(String controller, List<String> names, double[] values) {

    /** Checks that names and values match and copies both. */
    public TunedGains {
        names = List.copyOf(names);
        values = values.clone();
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " gain names but " + values.length + " values");
        }
    }

    /** @return a copy of the gains */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * Orders the gains as a controller's gain vector.
     *
     * @param space the controller's gains
     * @return the gain vector in {@code space} order
     * @throws IllegalArgumentException when a gain of {@code space} is missing or the file has a gain
     *                                  {@code space} does not know (both listed)
     */
    public double[] vectorFor(ParameterSpace space) {
        List<String> missing = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        double[] vector = new double[space.dimension()];
        for (int i = 0; i < space.dimension(); i++) {
            int at = names.indexOf(space.parameters().get(i).name());
            if (at < 0) {
                missing.add(space.parameters().get(i).name());
            } else {
                vector[i] = values[at];
            }
        }
        for (String name : names) {
            if (space.indexOf(name) < 0) {
                unknown.add(name);
            }
        }
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new IllegalArgumentException("gains tuned for " + controller + " do not fit the gains "
                    + space.names() + (missing.isEmpty() ? "" : ": missing " + missing)
                    + (unknown.isEmpty() ? "" : ": unknown " + unknown));
        }
        return vector;
    }
}
