package io.dip.sim.realtime;

/**
 * One call of a hot path under measurement (a {@code computeControl}, a closed-loop step...). Implementations
 * preallocate everything in their constructor and keep the result observable (for example in a field) so that
 * the JIT cannot remove the work.
 */
@FunctionalInterface
public interface HotPath {

    /**
     * Runs the path once.
     *
     * @param iteration the zero-based index of this call within the current run
     */
    void run(long iteration);
}
