package io.dip.sim.realtime;

import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.ClosedLoop;
import io.dip.sim.engine.Scenario;
import io.dip.sim.recording.Recorder;

/**
 * Runs a scenario's closed loop in real time: one {@link ClosedLoop#step()} per control period
 * {@code dt} (s), released at {@code start + k·dt} on the wall clock by a {@link PacedLoop}, until the run stops
 * (completed, fell, off track, diverged) or has taken {@link Scenario#steps()} steps.
 */
public final class RealTimeSimulation {

    private RealTimeSimulation() {
    }

    /**
     * @param scenario what to run; its {@code dt} (s) is the period, rounded to the nanosecond
     * @param recorder where the steps go (new, used for this run only)
     * @param idle     how to wait for each release
     * @return the result and the timing of the paced periods
     */
    public static RealTimeRun run(Scenario scenario, Recorder recorder, IdleStrategy idle) {
        return run(scenario, recorder, idle, new Cancellation());
    }

    /**
     * @param scenario     what to run; its {@code dt} (s) is the period, rounded to the nanosecond
     * @param recorder     where the steps go (new, used for this run only)
     * @param idle         how to wait for each release
     * @param cancellation polled at every release; when set the run ends CANCELLED
     * @return the result and the timing of the paced periods
     */
    public static RealTimeRun run(Scenario scenario, Recorder recorder, IdleStrategy idle,
                                  Cancellation cancellation) {
        long periodNanos = Math.round(scenario.dt() * 1e9);
        PacedLoop paced = new PacedLoop(periodNanos, idle);
        try (ClosedLoop loop = new ClosedLoop(scenario, recorder)) {
            PacedLoopResult timing = paced.runWhile(k -> {
                if (cancellation.isCancelled()) {
                    loop.run(cancellation); // the flag is set: stops at once, CANCELLED
                    return false;
                }
                return loop.step();
            }, scenario.steps());
            return new RealTimeRun(loop.result(timing.wallNanos()), timing);
        }
    }
}
