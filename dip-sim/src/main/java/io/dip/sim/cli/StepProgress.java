package io.dip.sim.cli;

import io.dip.sim.recording.Recorder;
import io.dip.sim.recording.RecorderFactory;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error over the simulated steps of one run or a batch (elapsed time and ETA), with the
 * finished runs after it — or nothing. Recorders wrapped by {@link #wrap(Recorder)} advance it from whatever
 * worker thread runs them, every {@value ProgressRecorder#CHUNK} steps; a run that ends early adds its remaining
 * steps when it finishes, so the bar ends full.
 */
final class StepProgress implements AutoCloseable {

    private static final long MEGA = 1_000_000;
    private static final long KILO = 1_000;

    private final ProgressBar bar;
    private final long runs;
    private final AtomicLong finishedRuns = new AtomicLong();

    private StepProgress(ProgressBar bar, long runs) {
        this.bar = bar;
        this.runs = runs;
    }

    /**
     * @param task       the bar's label, e.g. {@code simulate sta_smc}
     * @param totalSteps the steps of every run together
     * @param runs       the number of runs
     * @param show       false for no bar at all
     * @return the progress display
     */
    static StepProgress open(String task, long totalSteps, long runs, boolean show) {
        if (!show) {
            return new StepProgress(null, runs);
        }
        boolean large = totalSteps >= 10 * MEGA;
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(totalSteps)
                .setUnit(large ? " M steps" : " k steps", large ? MEGA : KILO)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).continuousUpdate()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        return new StepProgress(bar, runs);
    }

    /**
     * @param recorder a run's recorder
     * @return a recorder that forwards to it and advances the bar, or {@code recorder} itself without a bar
     */
    Recorder wrap(Recorder recorder) {
        return bar == null ? recorder : new ProgressRecorder(recorder, this);
    }

    /**
     * @param recorders the batch's recorders
     * @return recorders that forward to them and advance the bar
     */
    RecorderFactory wrap(RecorderFactory recorders) {
        return bar == null ? recorders : index -> wrap(recorders.create(index));
    }

    /** Called by {@link ProgressRecorder}: {@code steps} more steps are done. */
    void advance(long steps) {
        bar.stepBy(steps);
    }

    /**
     * Advances the bar for runs that finished elsewhere (on a cluster), each counted with its planned steps.
     *
     * @param runs        runs finished
     * @param stepsPerRun the planned steps of one run
     */
    void runsFinished(int runs, long stepsPerRun) {
        if (bar != null) {
            bar.stepBy(runs * stepsPerRun);
            for (int k = 0; k < runs; k++) {
                runFinished();
            }
        }
    }

    /** Called by {@link ProgressRecorder} when a run has finished. */
    void runFinished() {
        long done = finishedRuns.incrementAndGet();
        if (runs > 1) {
            bar.setExtraMessage(String.format(Locale.ROOT, "%d/%d runs", done, runs));
        }
    }

    /** Draws the final state and stops the bar's refresh thread. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
