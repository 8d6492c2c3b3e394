package io.dip.sim.recording;

/**
 * What a {@link Recorder} kept of a run: an in-memory {@link Trajectory}, a {@link CsvRecording} streamed to a
 * file, or {@link NoRecording}.
 */
public sealed interface Recording permits Trajectory, CsvRecording, NoRecording {

    /** @return the number of step rows recorded (the end-state row not counted) */
    long rows();

    /** @return false when the run did not end normally and the recording is partial */
    boolean complete();
}
