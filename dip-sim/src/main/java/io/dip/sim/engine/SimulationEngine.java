package io.dip.sim.engine;

import io.dip.sim.recording.NullRecorder;
import io.dip.sim.recording.Recorder;

/**
 * Runs one {@link Scenario} to its end on the calling thread: builds a {@link ClosedLoop}, steps it, collects the
 * {@link SimulationResult} and closes the controller, also when the run throws.
 */
public final class SimulationEngine {

    private SimulationEngine() {
    }

    /**
     * @param scenario what to run
     * @param recorder where the steps go (new, used for this run only)
     * @return the result
     */
    public static SimulationResult run(Scenario scenario, Recorder recorder) {
        return run(scenario, recorder, new Cancellation());
    }

    /**
     * @param scenario     what to run
     * @param recorder     where the steps go (new, used for this run only)
     * @param cancellation polled before every step; when set the run ends CANCELLED
     * @return the result
     */
    public static SimulationResult run(Scenario scenario, Recorder recorder, Cancellation cancellation) {
        long start = System.nanoTime();
        try (ClosedLoop loop = new ClosedLoop(scenario, recorder)) {
            loop.run(cancellation);
            return loop.result(System.nanoTime() - start);
        }
    }

    /**
     * The cheap path for tuning: no recording, only the measures.
     *
     * @param scenario what to run
     * @return the cost J of the run
     */
    public static double cost(Scenario scenario) {
        return run(scenario, NullRecorder.INSTANCE).cost();
    }
}
