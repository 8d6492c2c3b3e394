package io.dip.cluster;

import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.metrics.RunMetrics;
import io.dip.sim.recording.NoRecording;
import java.io.Serializable;

/**
 * What a member sends back of one run: everything of its {@link SimulationResult} but the scenario, which the
 * invoking process rebuilds from (study, run index), and the recording, which cluster runs do not keep.
 *
 * @param status          how the run ended
 * @param stopTime        time of its end state (s)
 * @param failureTime     time of the first failure or error (s), NaN when none
 * @param steps           control steps taken
 * @param metrics         its measures
 * @param wallTimeNanos   wall-clock time of the run on the member (ns)
 * @param error           the error of an ERROR run, else null
 */
record RunOutcome(
        StopStatus status,
        double stopTime,
        double failureTime,
        long steps,
        RunMetrics metrics,
        long wallTimeNanos,
        String error) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * @param result a run's result
     * @return what is sent back of it
     */
    static RunOutcome of(SimulationResult result) {
        return new RunOutcome(result.status(), result.stopTime(), result.failureTime(), result.steps(),
                result.metrics(), result.wallTimeNanos(), result.error());
    }

    /**
     * @param scenario the run's scenario, rebuilt by the invoking process
     * @return the run's result, equal to the one the member computed (without recording)
     */
    SimulationResult toResult(Scenario scenario) {
        return new SimulationResult(scenario, status, stopTime, failureTime, steps, metrics, NoRecording.INSTANCE,
                wallTimeNanos, error);
    }
}
