package io.dip.sim.cli;

import io.dip.api.Diagnostics;
import io.dip.sim.recording.Recorder;
import io.dip.sim.recording.Recording;

/**
 * Forwards one run to its recorder and reports the steps to a {@link StepProgress} in chunks of {@value #CHUNK}, so
 * {@link #record} costs a counter increment and allocates nothing. At {@link #finish} it reports the steps the run
 * did not take (it ended early or was stopped), so the bar's total stays right, and counts the run as finished
 * unless it was stopped.
 */
final class ProgressRecorder implements Recorder {

    /** Steps reported to the bar at a time. */
    static final int CHUNK = 1 << 14;

    private final Recorder recorder;
    private final StepProgress progress;
    private long expected;
    private long reported;
    private int pending;

    /**
     * @param recorder the run's recorder
     * @param progress the bar to advance
     */
    ProgressRecorder(Recorder recorder, StepProgress progress) {
        this.recorder = recorder;
        this.progress = progress;
    }

    @Override
    public void observe(Diagnostics diagnostics) {
        recorder.observe(diagnostics);
    }

    @Override
    public void begin(long expectedSteps) {
        expected = expectedSteps;
        recorder.begin(expectedSteps);
    }

    @Override
    public void record(double t, double[] x, double u, double d, double sigma) {
        recorder.record(t, x, u, d, sigma);
        if (++pending == CHUNK) {
            progress.advance(CHUNK);
            reported += CHUNK;
            pending = 0;
        }
    }

    @Override
    public Recording finish(double t, double[] finalState, boolean complete) {
        try {
            return recorder.finish(t, finalState, complete);
        } finally {
            progress.advance(Math.max(0, expected - reported));
            if (complete) {
                progress.runFinished();
            }
        }
    }
}
