package io.dip.cluster;

import java.io.Serializable;

/**
 * What a member sends back of the runs of a {@link TuningBatch}: each run's cost J (NaN for a run cancelled
 * before its end), in run-index order, and the control steps they simulated.
 *
 * @param costs the cost of each run
 * @param steps the control steps of all the runs together
 */
record RunCosts(double[] costs, long steps) implements Serializable {

    private static final long serialVersionUID = 1L;
}
