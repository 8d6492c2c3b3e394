package io.dip.controllers;

/**
 * Which values a reaching gain may take: what the control law needs for its sign to be meaningful.
 */
enum GainDomain {

    /** Strictly positive, e.g. a switching gain K: zero would remove the reaching term. */
    POSITIVE("> 0"),

    /** Zero or positive, e.g. a linear term kd or an adaptation rate γ: zero switches the term off. */
    NON_NEGATIVE(">= 0");

    private final String requirement;

    GainDomain(String requirement) {
        this.requirement = requirement;
    }

    /** @return true when {@code value} (finite) lies in the domain */
    boolean contains(double value) {
        return this == POSITIVE ? value > 0 : value >= 0;
    }

    /** @return the requirement as written in error messages, e.g. {@code > 0} */
    String requirement() {
        return requirement;
    }
}
