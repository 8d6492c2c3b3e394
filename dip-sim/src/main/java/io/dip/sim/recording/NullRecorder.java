package io.dip.sim.recording;

/** A recorder that keeps nothing: for tuning, audits and long soaks. Stateless; one instance serves every run. */
public final class NullRecorder implements Recorder {

    /** The shared instance. */
    public static final NullRecorder INSTANCE = new NullRecorder();

    private NullRecorder() {
    }

    @Override
    public void begin(long expectedSteps) {
        // nothing kept
    }

    @Override
    public void record(double t, double[] x, double u, double d, double sigma) {
        // nothing kept
    }

    @Override
    public Recording finish(double t, double[] finalState, boolean complete) {
        return NoRecording.INSTANCE;
    }
}
