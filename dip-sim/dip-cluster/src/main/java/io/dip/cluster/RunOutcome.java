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
 * @param stateError      ∫ state-error term of the cost
 * @param controlEffort   ∫ control-effort term
 * @param controlRate     ∫ control-rate term
 * @param sliding         ∫ sliding-surface term
 * @param cost            J
 * @param settlingTime    settling time (s)
 * @param overshoot       overshoot (rad)
 * @param peakControl     peak |u| (N)
 * @param chatteringIndex chattering index (N/s)
 * @param finalState      the state at the end of the run
 * @param applicable      whether the measures apply
 * @param wallTimeNanos   wall-clock time of the run on the member (ns)
 * @param error           the error of an ERROR run, else null
 */
record RunOutcome(
        StopStatus status,
        double stopTime,
        double failureTime,
        long steps,
        double stateError,
        double controlEffort,
        double controlRate,
        double sliding,
        double cost,
        double settlingTime,
        double overshoot,
        double peakControl,
        double chatteringIndex,
        double[] finalState,
        boolean applicable,
        long wallTimeNanos,
        String error) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * @param result a run's result
     * @return what is sent back of it
     */
    static RunOutcome of(SimulationResult result) {
        RunMetrics m = result.metrics();
        return new RunOutcome(result.status(), result.stopTime(), result.failureTime(), result.steps(),
                m.stateError(), m.controlEffort(), m.controlRate(), m.sliding(), m.cost(), m.settlingTime(),
                m.overshoot(), m.peakControl(), m.chatteringIndex(), m.finalState(), m.applicable(),
                result.wallTimeNanos(), result.error());
    }

    /**
     * @param scenario the run's scenario, rebuilt by the invoking process
     * @return the run's result, equal to the one the member computed (without recording)
     */
    SimulationResult toResult(Scenario scenario) {
        RunMetrics metrics = new RunMetrics(stateError, controlEffort, controlRate, sliding, cost, settlingTime,
                overshoot, peakControl, chatteringIndex, finalState, applicable);
        return new SimulationResult(scenario, status, stopTime, failureTime, steps, metrics, NoRecording.INSTANCE,
                wallTimeNanos, error);
    }
}
