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
 * @param failureTime   time of the first failure (s), NaN when none
 * @param steps         control steps taken
 * @param metrics       the run's measures and cost
 * @param recording     what the recorder kept (a trajectory, a CSV file, or nothing)
 * @param wallTimeNanos wall-clock time of the run, set-up included (ns)
 */
public record SimulationResult(
        Scenario scenario,
        StopStatus status,
        double stopTime,
        double failureTime,
        long steps,
        RunMetrics metrics,
        Recording recording,
        long wallTimeNanos) {

    /**
     * @param scenario a scenario that was not run because its batch was cancelled
     * @return a CANCELLED result with no step, NaN cost and the initial state as final state
     */
    public static SimulationResult notStarted(Scenario scenario) {
        RunMetrics none = new MetricsAccumulator(scenario.dt(), scenario.duration(), scenario.costFunction())
                .finish(scenario.initialState(), false, Double.NaN, true);
        return new SimulationResult(scenario, StopStatus.CANCELLED, 0.0, Double.NaN, 0, none,
                NoRecording.INSTANCE, 0);
    }

    /** @return the cost J of the run */
    public double cost() {
        return metrics.cost();
    }

    /** @return the seed of the run's random streams */
    public long seed() {
        return scenario.seed();
    }

    /** @return control steps per wall-clock second (set-up included); 0 when no time was measured */
    public double stepsPerSecond() {
        return wallTimeNanos == 0 ? 0.0 : steps * 1e9 / wallTimeNanos;
    }
}
