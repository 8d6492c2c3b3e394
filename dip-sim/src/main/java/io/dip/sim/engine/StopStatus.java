package io.dip.sim.engine;

/** How a closed-loop run ended (MODEL.md §5). */
public enum StopStatus {
    /** All steps ran without failure. */
    COMPLETED,
    /** |θ1| or |θ2| exceeded π/2 rad. */
    FELL,
    /** |x| exceeded the track limit. */
    OFF_TRACK,
    /** The state became non-finite. */
    DIVERGED,
    /** The run was cancelled before its end (or never started). */
    CANCELLED,
    /** The plant stopped answering: a hardware-in-the-loop run gave up on its link. */
    LINK_LOST
}
