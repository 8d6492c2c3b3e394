package io.dip.testkit.contract;

import java.lang.ref.WeakReference;

/** Waits for an object to become unreachable by requesting collections and polling a weak reference. */
public final class Reachability {

    /**
     * Polls this many times, {@value #POLL_MILLIS} ms apart, each after a {@link System#gc()} (a full collection
     * clears weak references at once; the repeats cover a collector that defers the request).
     */
    private static final int POLLS = 25;
    private static final long POLL_MILLIS = 20;

    private Reachability() {
    }

    /**
     * @param reference a weak reference to the object
     * @return true when the object was collected after at most {@value #POLLS} {@link System#gc()} requests
     */
    public static boolean awaitCollected(WeakReference<?> reference) {
        for (int i = 0; i < POLLS; i++) {
            if (reference.get() == null) {
                return true;
            }
            System.gc();
            if (reference.get() == null) {
                return true;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return reference.get() == null;
            }
        }
        return reference.get() == null;
    }
}
