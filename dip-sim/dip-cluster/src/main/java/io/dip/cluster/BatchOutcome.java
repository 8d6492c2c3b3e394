package io.dip.cluster;

import java.io.Serializable;
import java.util.List;

/**
 * What a member answers to a {@link MonteCarloBatch}: the outcomes of its runs in index order, or why it refused
 * the batch (a refusal ends the study: another member would refuse it for the same reason).
 *
 * @param first    index of the first run
 * @param runs     the outcomes, empty when refused
 * @param member   the member that answered, {@code HOST:PORT}
 * @param refusal  why the member refused the batch, or null
 * @param cancelled true when the member stopped before running every run (it is shutting down)
 */
record BatchOutcome(int first, List<RunOutcome> runs, String member, String refusal, boolean cancelled)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the outcomes. */
    BatchOutcome {
        runs = List.copyOf(runs);
    }

    /**
     * @param first   index of the first run
     * @param member  the member
     * @param refusal why it refused
     * @return the refusal
     */
    static BatchOutcome refused(int first, String member, String refusal) {
        return new BatchOutcome(first, List.of(), member, refusal, false);
    }
}
