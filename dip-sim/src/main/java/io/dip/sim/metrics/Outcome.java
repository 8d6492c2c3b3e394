package io.dip.sim.metrics;

/**
 * How a run ended, as far as its measures and its cost are concerned (docs/measures.md).
 *
 * <ul>
 *   <li>{@link #SUCCESS}: the run reached its end without failure; every measure applies and
 *       {@code J = terms}.</li>
 *   <li>{@link #FAILURE}: the plant fell, left the track or diverged at {@code t_fail}; the regulation measures do
 *       not apply and {@code J = terms + penalty·(T − t_fail)/T} (MODEL.md §7).</li>
 *   <li>{@link #ERROR}: the run threw at {@code t_err} (an integrator gave up, a controller failed); no measure
 *       applies, its terms are not trusted, and {@code J = penalty + penalty·(T − t_err)/T}, the cost of a failure
 *       whose terms are not finite.</li>
 *   <li>{@link #CANCELLED}: the run was stopped before its end; no measure applies and it has no cost.</li>
 * </ul>
 */
public enum Outcome {
    /** Ran to the end without failure. */
    SUCCESS,
    /** Fell, left the track or diverged. */
    FAILURE,
    /** Threw before its end. */
    ERROR,
    /** Stopped before its end by a cancellation. */
    CANCELLED
}
