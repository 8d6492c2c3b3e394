package io.dip.api;

import java.util.ArrayList;
import java.util.List;

/**
 * The tunable gains of a controller: names, defaults and the tuner's search bounds, in gain-vector order.
 *
 * @param parameters the gains, in the order of the gain vector
 */
public record ParameterSpace(List<Parameter> parameters) {

    /**
     * One gain.
     *
     * @param name         name, e.g. {@code K} or {@code s1}
     * @param defaultValue default value
     * @param lower        lower search bound (inclusive)
     * @param upper        upper search bound (inclusive)
     * @param description  meaning and unit
     */
    public record Parameter(String name, double defaultValue, double lower, double upper, String description) {
        /** Checks that the bounds are finite and ordered and hold the default. */
        public Parameter {
            if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower <= upper)) {
                throw new IllegalArgumentException("gain " + name + ": bounds [" + lower + ", " + upper
                        + "] must be finite and ordered");
            }
            if (!Double.isFinite(defaultValue)) {
                throw new IllegalArgumentException("gain " + name + ": default must be finite, got " + defaultValue);
            }
        }
    }

    /** Copies the list and checks that names are distinct. */
    public ParameterSpace {
        parameters = List.copyOf(parameters);
        for (int i = 0; i < parameters.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (parameters.get(i).name().equals(parameters.get(j).name())) {
                    throw new IllegalArgumentException("duplicate gain name " + parameters.get(i).name());
                }
            }
        }
    }

    /** @return the number of gains */
    public int dimension() {
        return parameters.size();
    }

    /** @return the gain names in order */
    public List<String> names() {
        List<String> names = new ArrayList<>(parameters.size());
        for (Parameter p : parameters) {
            names.add(p.name());
        }
        return names;
    }

    /** @return the defaults (a new array) */
    public double[] defaults() {
        return parameters.stream().mapToDouble(Parameter::defaultValue).toArray();
    }

    /**
     * The gain vector a controller is built with: the defaults when none is given, else a checked copy.
     *
     * @param gains the gains given (null for the defaults)
     * @param where the controller's configuration path, e.g. {@code controllers.state_feedback}, for messages
     * @return a new array of {@link #dimension()} finite gains
     * @throws IllegalArgumentException naming {@code where} and the gain for a wrong count or a non-finite value
     */
    public double[] resolve(double[] gains, String where) {
        if (gains == null) {
            return defaults();
        }
        if (gains.length != dimension()) {
            throw new IllegalArgumentException(where + ": expected " + dimension() + " gains " + names() + ", got "
                    + gains.length);
        }
        for (int i = 0; i < gains.length; i++) {
            if (!Double.isFinite(gains[i])) {
                throw new IllegalArgumentException(where + ": gain " + parameters.get(i).name()
                        + " must be finite, got " + gains[i]);
            }
        }
        return gains.clone();
    }

    /** @return the lower bounds (a new array) */
    public double[] lowerBounds() {
        return parameters.stream().mapToDouble(Parameter::lower).toArray();
    }

    /** @return the upper bounds (a new array) */
    public double[] upperBounds() {
        return parameters.stream().mapToDouble(Parameter::upper).toArray();
    }

    /**
     * @param name a gain name
     * @return its index, or −1
     */
    public int indexOf(String name) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param lower new lower bounds (length {@link #dimension()})
     * @param upper new upper bounds
     * @return the same gains with other search bounds (defaults may then lie outside them)
     */
    public ParameterSpace withBounds(double[] lower, double[] upper) {
        if (lower.length != dimension() || upper.length != dimension()) {
            throw new IllegalArgumentException("bounds need " + dimension() + " values");
        }
        List<Parameter> out = new ArrayList<>(dimension());
        for (int i = 0; i < dimension(); i++) {
            Parameter p = parameters.get(i);
            out.add(new Parameter(p.name(), p.defaultValue(), lower[i], upper[i], p.description()));
        }
        return new ParameterSpace(out);
    }
}
