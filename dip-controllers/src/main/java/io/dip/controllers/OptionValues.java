package io.dip.controllers;

import io.dip.api.Options;

/**
 * Range-checked reads of controller options, with errors naming the option's dotted path.
 */
final class OptionValues {

    private OptionValues() {
    }

    /**
     * @return the number under {@code key} (or {@code fallback}), required to be &gt; 0
     * @throws IllegalArgumentException naming the option path when not a finite number &gt; 0
     */
    static double positive(Options options, String key, double fallback) {
        double value = options.getDouble(key, fallback);
        if (!(value > 0)) {
            throw new IllegalArgumentException(options.pathOf(key) + " must be > 0, got " + value);
        }
        return value;
    }

    /**
     * @return the number under {@code key} (or {@code fallback}), required to be ≥ 0
     * @throws IllegalArgumentException naming the option path when not a finite number ≥ 0
     */
    static double nonNegative(Options options, String key, double fallback) {
        double value = options.getDouble(key, fallback);
        if (!(value >= 0)) {
            throw new IllegalArgumentException(options.pathOf(key) + " must be >= 0, got " + value);
        }
        return value;
    }
}
