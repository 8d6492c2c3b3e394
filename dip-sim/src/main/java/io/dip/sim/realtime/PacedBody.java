package io.dip.sim.realtime;

/**
 * The work of one period of a {@link PacedLoop} that may end the run early — a closed-loop step that reports
 * whether the run goes on, for example {@code k -> loop.step()} over an {@link io.dip.sim.engine.ClosedLoop}.
 */
@FunctionalInterface
public interface PacedBody {

    /**
     * Runs one period.
     *
     * @param iteration the zero-based index of this period within the current run
     * @return true to run the next period; false to end the run after this one
     */
    boolean runPeriod(long iteration);
}
