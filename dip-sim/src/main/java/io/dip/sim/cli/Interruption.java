package io.dip.sim.cli;

import io.dip.sim.engine.Cancellation;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What a long command does on Ctrl-C (SIGINT) or SIGTERM: stop its work, keep what it computed, then let the JVM
 * exit with 130 (SIGINT) or 143 (SIGTERM), the code the JVM gives those signals.
 *
 * <p>Install it around the work and write the outputs inside the same block:
 *
 * <pre>{@code
 * try (Interruption interruption = Interruption.install(cancellation)) {
 *     results = run(cancellation);           // returns early once the signal has set the flag
 *     writeOutputs(results);                 // the outputs of what was done, marked cancelled
 *     interruption.report(err, "kept ...");  // one line on stderr, only when interrupted
 * }                                          // the JVM exits now, with 130 or 143
 * }</pre>
 *
 * <p>The signal runs a shutdown hook that calls the stop action (e.g. {@link Cancellation#cancel()}), then waits —
 * at most {@value #OUTPUT_WAIT_SECONDS} s — for {@link #close()}, so the JVM does not exit while the command is
 * still writing. A second Ctrl-C during that wait is ignored by the JVM; SIGKILL still ends it.
 */
public final class Interruption implements AutoCloseable {

    /** Longest wait of the shutdown hook for the command to finish its outputs (s). */
    static final long OUTPUT_WAIT_SECONDS = 60;

    private final Runnable stop;
    private final CountDownLatch outputsDone = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean requested;

    private Interruption(Runnable stop) {
        this.stop = stop;
        this.hook = new Thread(this::onSignal, "dip-interruption");
    }

    /**
     * @param stop called once, from the signal's shutdown hook, to make the running work return early
     * @return the installed interruption; close it once the outputs are written
     */
    public static Interruption install(Runnable stop) {
        Interruption interruption = new Interruption(stop);
        Runtime.getRuntime().addShutdownHook(interruption.hook);
        return interruption;
    }

    /**
     * @param cancellation the flag the work polls
     * @return the installed interruption, which sets {@code cancellation} on a signal
     */
    public static Interruption install(Cancellation cancellation) {
        return install(cancellation::cancel);
    }

    private void onSignal() {
        requested = true;
        stop.run();
        try {
            outputsDone.await(OUTPUT_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** @return true once a signal asked the command to stop */
    public boolean requested() {
        return requested;
    }

    /**
     * When a signal asked the command to stop, prints {@code dip: interrupted; <kept>} on {@code err}.
     *
     * @param err  standard error
     * @param kept what the command kept, e.g. {@code mc.json holds the 2989 finished runs of 5000}
     */
    public void report(PrintWriter err, String kept) {
        if (requested) {
            err.println("dip: interrupted; " + kept);
            err.flush();
        }
    }

    /** The outputs are written: lets an exiting JVM go on, or removes the hook when no signal came. */
    @Override
    public void close() {
        outputsDone.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running and returns now that the latch is released
        }
    }
}
