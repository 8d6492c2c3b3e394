package io.dip.cluster;

import java.io.Serializable;

/**
 * What a member answers to a {@link StudyTask}: the result of its runs, or why it refused the task (a refusal ends
 * the study: another member would refuse it for the same reason).
 *
 * @param <V>          what the runs give
 * @param first        index of the first run
 * @param value        the result of the runs, null when refused or cancelled
 * @param member       the member that answered, {@code HOST:PORT}
 * @param refusal      why the member refused the task, or null
 * @param cancelled    true when the member stopped before running every run (it is shutting down)
 * @param computeNanos time the member spent running the runs (ns)
 */
record TaskAnswer<V extends Serializable>(int first, V value, String member, String refusal, boolean cancelled,
        long computeNanos) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * @param first   index of the first run
     * @param member  the member
     * @param refusal why it refused
     * @param <V>     what the runs give
     * @return the refusal
     */
    static <V extends Serializable> TaskAnswer<V> refused(int first, String member, String refusal) {
        return new TaskAnswer<>(first, null, member, refusal, false, 0);
    }
}
