package io.dip.sim.cli;

import io.dip.sim.recording.NoRecording;
import io.dip.sim.recording.Recorder;
import io.dip.sim.recording.RecorderFactory;
import io.dip.sim.recording.Recording;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr counting the finished runs of a batch, or nothing. The batch's recorders
 * ({@link #recorders()}) keep nothing and advance the bar when their run finishes, from whatever worker thread.
 */
final class RunProgress implements AutoCloseable {

    private final ProgressBar bar;

    private RunProgress(ProgressBar bar) {
        this.bar = bar;
    }

    /**
     * @param task the bar's label
     * @param runs the number of runs
     * @param show false for no bar at all
     * @return the progress display
     */
    static RunProgress open(String task, long runs, boolean show) {
        if (!show) {
            return new RunProgress(null);
        }
        return new RunProgress(new ProgressBarBuilder().setTaskName(task).setInitialMax(runs).setUnit(" runs", 1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build());
    }

    /** @return recorders that keep nothing and count each finished run */
    RecorderFactory recorders() {
        if (bar == null) {
            return RecorderFactory.none();
        }
        Recorder counting = new Recorder() {
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
                bar.step();
                return NoRecording.INSTANCE;
            }
        };
        return index -> counting;
    }

    /** Completes and closes the bar. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
