package io.dip.hil;

import io.dip.sim.engine.Cancellation;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Ctrl-C (and any JVM shutdown) while a HIL loop runs: a shutdown hook sets the loop's {@link Cancellation}, runs an
 * extra action (stopping a child process), and waits until the command has reported what it did ({@link #close()}),
 * at most {@value #WAIT_SECONDS} s.
 */
final class StopOnSignal implements AutoCloseable {

    /** How long the hook waits for the command to finish its report (s). */
    static final long WAIT_SECONDS = 10;

    private final Cancellation cancellation = new Cancellation();
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook;

    /**
     * @param name   the hook thread's name
     * @param onStop run by the hook after the cancellation is set
     */
    StopOnSignal(String name, Runnable onStop) {
        this.hook = new Thread(() -> {
            cancellation.cancel();
            onStop.run();
            try {
                done.await(WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name);
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** @return set by Ctrl-C */
    Cancellation cancellation() {
        return cancellation;
    }

    /** Releases the hook (when it runs) and removes it (when it does not). */
    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it returns now that the latch is released
        }
    }
}
