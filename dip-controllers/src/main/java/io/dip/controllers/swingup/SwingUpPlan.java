package io.dip.controllers.swingup;

import io.dip.api.StateIndex;

/**
 * What a swing-up controller replays, computed once per nominal model and limits by {@link SwingUpPlanner} and
 * shared read-only between controllers (every field is a final primitive array or a primitive):
 *
 * <ul>
 *   <li>the reference x_ref,k and feedforward u_ff,k at every control period k = 0..n−1 (n = {@link #steps()}),
 *       from hanging to upright, and the reference end state x_ref,n;</li>
 *   <li>the time-varying LQR gains K_j along it, one per design period h = stride·dt (j = ⌊k/stride⌋):
 *       {@code u = u_ff,k − K_j·(x − x_ref,k)} with angle differences wrapped to (−π, π];</li>
 *   <li>the stationary LQR gains about upright (the catch) and about hanging (the settling mode), for
 *       {@code u = −K·(x − x_eq)}.</li>
 * </ul>
 *
 * <p>The arrays are never written after construction and never exposed.
 */
final class SwingUpPlan {

    private static final int N = StateIndex.DIMENSION;

    private final double[] referenceStates;
    private final double[] feedforward;
    private final double[] trackingGains;
    private final double[] uprightGain;
    private final double[] hangingGain;
    private final int stride;

    /**
     * @param referenceStates (n+1)×6 reference states, row-major (taken over, not copied)
     * @param feedforward     n feedforward forces (N)
     * @param trackingGains   ⌈n/stride⌉×6 tracking gains
     * @param uprightGain     the upright catch gain (6)
     * @param hangingGain     the hanging settling gain (6)
     * @param stride          control periods per design period, ≥ 1
     */
    SwingUpPlan(double[] referenceStates, double[] feedforward, double[] trackingGains, double[] uprightGain,
                double[] hangingGain, int stride) {
        this.referenceStates = referenceStates;
        this.feedforward = feedforward;
        this.trackingGains = trackingGains;
        this.uprightGain = uprightGain;
        this.hangingGain = hangingGain;
        this.stride = stride;
    }

    /** @return n, the number of control periods of the swing */
    int steps() {
        return feedforward.length;
    }

    /**
     * @param k control period index, 0 ≤ k ≤ n
     * @param i state component
     * @return x_ref,k,i
     */
    double reference(int k, int i) {
        return referenceStates[k * N + i];
    }

    /** @return u_ff,k (N), 0 ≤ k &lt; n */
    double feedforward(int k) {
        return feedforward[k];
    }

    /** @return the tracking gain component i at control period k, 0 ≤ k &lt; n */
    double trackingGain(int k, int i) {
        return trackingGains[(k / stride) * N + i];
    }

    /** @return component i of the upright gain */
    double uprightGain(int i) {
        return uprightGain[i];
    }

    /** @return component i of the hanging gain */
    double hangingGain(int i) {
        return hangingGain[i];
    }

    /** @return the peak |x_ref| over the swing (m) */
    double peakPosition() {
        double peak = 0;
        for (int k = 0; k * N < referenceStates.length; k++) {
            peak = Math.max(peak, Math.abs(referenceStates[k * N + StateIndex.X]));
        }
        return peak;
    }

    /** @return the peak |u_ff| over the swing (N) */
    double peakForce() {
        double peak = 0;
        for (double u : feedforward) {
            peak = Math.max(peak, Math.abs(u));
        }
        return peak;
    }
}
