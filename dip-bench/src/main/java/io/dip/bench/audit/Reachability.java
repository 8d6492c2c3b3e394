package io.dip.bench.audit;

import java.lang.ref.WeakReference;

/** Waits for an object to become unreachable by requesting collections and polling a weak reference. */
final class Reachability {

    /** Polls this many times, {@value #POLL_MILLIS} ms apart (about 2 s in all). */
    private static final int POLLS = 100;
    private static final long POLL_MILLIS = 20;

    private Reachability() {
    }

    /**
     * @param reference a weak reference to the object
     * @return true when the object was collected within about two seconds of {@link System#gc()} requests
     */
    static boolean awaitCollected(WeakReference<?> reference) {
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
