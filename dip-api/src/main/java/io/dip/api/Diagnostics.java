package io.dip.api;

import java.util.Arrays;
import java.util.List;

/**
 * Named scalar diagnostics of a controller (σ, u_eq, β, fault, gains that adapt...), readable without
 * allocating: look an index up once with {@link #indexOf}, then read {@link #value(int)} every step. A name that
 * is absent means the controller has no such quantity: a controller without a sliding variable has no
 * {@link #SIGMA}, and consumers show σ as missing rather than 0.
 *
 * <p>The names are fixed at creation; the owner writes values with {@link #set}. Common names are the constants
 * of this class. {@link #FAULT} is 1.0 while the last input was not finite, else 0.0.
 */
public final class Diagnostics {

    /** Sliding variable σ = S·x (mixed units: the surface coefficients carry them). */
    public static final String SIGMA = "sigma";
    /** Equivalent control u_eq (N). */
    public static final String U_EQ = "u_eq";
    /** Input gain β = Sv·M⁻¹·e1 of σ̇ (1/kg with the default surface scaling). */
    public static final String BETA = "beta";
    /** 1.0 when the last state given was not finite (the controller returned 0), else 0.0. */
    public static final String FAULT = "fault";
    /**
     * The operating mode of a controller that switches between laws (e.g. swing, catch, hold), as a small integer
     * code; its name is the {@link #valueLabel value label}. The engine counts its changes.
     */
    public static final String MODE = "mode";

    /** No diagnostics at all: what a controller reports when it declares none. Holds no value to change. */
    public static final Diagnostics NONE = new Diagnostics();

    private final String[] names;
    private final double[] values;
    private final String[][] valueLabels;

    /** @param names the diagnostic names, distinct */
    public Diagnostics(String... names) {
        for (int i = 0; i < names.length; i++) {
            for (int j = 0; j < i; j++) {
                if (names[i].equals(names[j])) {
                    throw new IllegalArgumentException("duplicate diagnostic name " + names[i]);
                }
            }
        }
        this.names = names.clone();
        this.values = new double[names.length];
        this.valueLabels = new String[names.length][];
    }

    /**
     * Names the integer values 0, 1, 2… of one diagnostic, e.g. the modes of {@link #MODE}. Call at creation.
     *
     * @param name   a diagnostic name
     * @param labels the label of value 0, 1, 2…
     * @return this
     * @throws IllegalArgumentException when there is no such diagnostic
     */
    public Diagnostics labelValues(String name, String... labels) {
        int index = indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no diagnostic '" + name + "' (available: " + names() + ")");
        }
        valueLabels[index] = labels.clone();
        return this;
    }

    /**
     * @param index a diagnostic index
     * @return the label of its current value, or null when it has no labels or the value is not a labelled
     *         integer; allocation-free
     */
    public String valueLabel(int index) {
        String[] labels = valueLabels[index];
        double value = values[index];
        if (labels == null || value != Math.rint(value) || value < 0 || value >= labels.length) {
            return null;
        }
        return labels[(int) value];
    }

    /** @return the number of diagnostics */
    public int size() {
        return names.length;
    }

    /** @return the names in index order */
    public List<String> names() {
        return List.of(names);
    }

    /** @return the name at {@code index} */
    public String name(int index) {
        return names[index];
    }

    /**
     * @param name a diagnostic name
     * @return its index, or −1 when this controller has no such diagnostic
     */
    public int indexOf(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the current value at {@code index} */
    public double value(int index) {
        return values[index];
    }

    /**
     * @param name a diagnostic name
     * @return its current value
     * @throws IllegalArgumentException when there is no such diagnostic
     */
    public double get(String name) {
        int index = indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException("no diagnostic '" + name + "' (available: " + names() + ")");
        }
        return values[index];
    }

    /** Sets the value at {@code index}; for the owning controller. */
    public void set(int index, double value) {
        values[index] = value;
    }

    /** Sets every value to 0. */
    public void clear() {
        Arrays.fill(values, 0.0);
    }
}
