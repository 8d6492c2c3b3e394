package io.dip.sim.cli;

import io.dip.api.Diagnostics;
import io.dip.sim.recording.Recorder;
import io.dip.sim.recording.Recording;

/**
 * Feeds one run to two recorders, e.g. a CSV file and an in-memory trajectory for the plot. {@link #record}
 * forwards and allocates nothing; {@link #finish} finishes both (the second also when the first throws) and returns
 * the first one's recording; the second one's is {@link #secondRecording()}.
 */
public final class TeeRecorder implements Recorder {

    private final Recorder first;
    private final Recorder second;
    private Recording secondRecording;

    /**
     * @param first  the recorder whose recording is the run's
     * @param second the other recorder
     */
    public TeeRecorder(Recorder first, Recorder second) {
        this.first = first;
        this.second = second;
    }

    @Override
    public void observe(Diagnostics diagnostics) {
        first.observe(diagnostics);
        second.observe(diagnostics);
    }

    @Override
    public void begin(long expectedSteps) {
        first.begin(expectedSteps);
        second.begin(expectedSteps);
    }

    @Override
    public void record(double t, double[] x, double u, double d, double sigma) {
        first.record(t, x, u, d, sigma);
        second.record(t, x, u, d, sigma);
    }

    @Override
    public Recording finish(double t, double[] finalState, boolean complete) {
        try {
            return first.finish(t, finalState, complete);
        } finally {
            secondRecording = second.finish(t, finalState, complete);
        }
    }

    /** @return what the second recorder kept, or null before {@link #finish} */
    public Recording secondRecording() {
        return secondRecording;
    }
}
