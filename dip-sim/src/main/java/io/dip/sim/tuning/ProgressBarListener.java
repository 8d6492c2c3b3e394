package io.dip.sim.tuning;

import java.io.PrintStream;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A terminal progress bar over the iterations of a tuning run (iteration count, elapsed time, ETA, best cost and
 * evaluations so far), drawn on a stream — standard error for the command line, so standard output stays clean.
 */
public final class ProgressBarListener implements ProgressListener, AutoCloseable {

    private final ProgressBar bar;

    /**
     * @param task          the label in front of the bar, e.g. {@code tune sta_smc}
     * @param maxIterations the iteration budget
     * @param out           where to draw, e.g. {@code System.err}
     */
    public ProgressBarListener(String task, int maxIterations, PrintStream out) {
        this.bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(maxIterations)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(out))
                .continuousUpdate()
                .build();
    }

    /** Moves the bar to {@code iteration} and shows the best cost and the evaluation count. */
    @Override
    public void onIteration(int iteration, int maxIterations, double bestCost, long evaluations) {
        bar.maxHint(maxIterations);
        bar.stepTo(iteration);
        bar.setExtraMessage(String.format(Locale.ROOT, "best J %.6g, %d evals", bestCost, evaluations));
    }

    /** @return the iteration the bar shows */
    long current() {
        return bar.getCurrent();
    }

    /** @return the text after the bar */
    String extraMessage() {
        return bar.getExtraMessage();
    }

    /** Draws the final state and releases the bar's refresh thread. */
    @Override
    public void close() {
        bar.close();
    }
}
