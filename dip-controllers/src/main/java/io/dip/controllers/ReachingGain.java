package io.dip.controllers;

/**
 * A reaching gain of a sliding-mode controller: the part of the gain vector after the six surface coefficients.
 *
 * @param name         name in the gain vector, e.g. {@code K2}
 * @param defaultValue default value (docs/model.md §6)
 * @param domain       the values the law accepts
 * @param description  meaning and unit
 */
record ReachingGain(String name, double defaultValue, GainDomain domain, String description) {

    /** Lower search bound of every reaching gain (docs/model.md §8). */
    static final double LOWER_BOUND = 0.1;

    /** Upper search bound as a multiple of the default (docs/model.md §8). */
    static final double UPPER_BOUND_FACTOR = 10.0;
}
