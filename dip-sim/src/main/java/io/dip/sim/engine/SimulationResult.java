package io.dip.sim.engine;

import io.dip.sim.metrics.MetricsAccumulator;
import io.dip.sim.metrics.RunMetrics;
import io.dip.sim.recording.NoRecording;
import io.dip.sim.recording.Recording;

/**
 * The outcome of one closed-loop run.
 *
 * @param scenario      what was run
 * @param status        how it ended
 * @param stopTime      time of the end state (s): steps·dt
 * @param failureTime   time of the first failure or of the error (s), NaN when none
 * @param steps         control steps taken
 * @param metrics       the run's measures and cost
 * @param recording     what the recorder kept (a trajectory, a CSV file, or nothing)
 * @param wallTimeNanos wall-clock time of the run, set-up included (ns)
 * @param error         for an {@link StopStatus#ERROR} run, what it threw (one line); else null
 */
public record SimulationResult(
        Scenario scenario,
        StopStatus status,
        double stopTime,
        double failureTime,
        long steps,
        RunMetrics metrics,
        Recording recording,
        long wallTimeNanos,
        String error) {

    /** Checks that an ERROR result, and only one, carries its error. */
    public SimulationResult {
        if ((status == StopStatus.ERROR) != (error != null)) {
            throw new IllegalArgumentException("a " + status + " result " + (error == null ? "needs" : "has no")
                    + " error reason");
        }
    }

    /**
     * @param scenario a scenario that was not run because its batch was cancelled
     * @return a CANCELLED result with no step, NaN cost and the initial state as final state
     */
    public static SimulationResult notStarted(Scenario scenario) {
        return unrun(scenario, StopStatus.CANCELLED, null);
    }

    /**
     * @param scenario a scenario whose run could not be set up (its controller, plant or integrator threw)
     * @param error    what was thrown
     * @return an ERROR result with no step, the error cost and the initial state as final state
     */
    public static SimulationResult failedToStart(Scenario scenario, Throwable error) {
        return unrun(scenario, StopStatus.ERROR, RunErrors.reason(error));
    }

    private static SimulationResult unrun(Scenario scenario, StopStatus status, String error) {
        RunMetrics none = new MetricsAccumulator(scenario.dt(), scenario.duration(), scenario.costFunction())
                .finish(scenario.initialState(), status.outcome(), 0.0);
        return new SimulationResult(scenario, status, 0.0, status == StopStatus.ERROR ? 0.0 : Double.NaN, 0, none,
                NoRecording.INSTANCE, 0, error);
    }

    /** @return the cost J of the run */
    public double cost() {
        return metrics.cost();
    }

    /** @return the seed of the run's random streams */
    public long seed() {
        return scenario.seed();
    }

    /** @return why the run ended as it did: the error of an ERROR run, else its status's description */
    public String reason() {
        return error != null ? error : status.description();
    }

    /** @return control steps per wall-clock second (set-up included); 0 when no time was measured */
    public double stepsPerSecond() {
        return wallTimeNanos == 0 ? 0.0 : steps * 1e9 / wallTimeNanos;
    }
}
