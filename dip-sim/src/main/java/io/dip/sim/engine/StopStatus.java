package io.dip.sim.engine;

import io.dip.sim.metrics.Outcome;

/** How a closed-loop run ended (docs/model.md §5), with what that means for its measures ({@link Outcome}). */
public enum StopStatus {
    /** All steps ran without failure. */
    COMPLETED(Outcome.SUCCESS, "ran to its end"),
    /** |θ1| or |θ2| exceeded π/2 rad. */
    FELL(Outcome.FAILURE, "a link angle left ±π/2 rad"),
    /** |x| exceeded the track limit. */
    OFF_TRACK(Outcome.FAILURE, "the cart left the track"),
    /** The state became non-finite. */
    DIVERGED(Outcome.FAILURE, "the state became non-finite"),
    /** The run threw: an integrator gave up, a controller or a disturbance failed; the result says why. */
    ERROR(Outcome.ERROR, "the run threw"),
    /** The run was cancelled before its end (or never started). */
    CANCELLED(Outcome.CANCELLED, "cancelled before its end"),
    /** The plant stopped answering: a hardware-in-the-loop run gave up on its link. */
    LINK_LOST(Outcome.ERROR, "the plant stopped answering");

    private final Outcome outcome;
    private final String description;

    StopStatus(Outcome outcome, String description) {
        this.outcome = outcome;
        this.description = description;
    }

    /** @return what this status means for the run's measures and cost */
    public Outcome outcome() {
        return outcome;
    }

    /** @return a short reason, e.g. "a link angle left ±π/2 rad" */
    public String description() {
        return description;
    }
}
