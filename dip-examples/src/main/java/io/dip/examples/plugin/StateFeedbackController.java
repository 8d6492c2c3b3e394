package io.dip.examples.plugin;

import io.dip.api.AbstractController;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.StateIndex;

/**
 * Linear full-state feedback {@code u = clamp(−K·x, ±max_force)} (N), with K in N per state unit
 * (N/m, N/rad, N/rad, N·s/m, N·s/rad, N·s/rad).
 *
 * <p>All a plugin controller has to write: the law. {@link AbstractController} does the rest (closed state,
 * fault on a non-finite state, saturation, the bounded u history, releasing the model on close). The law has no
 * sliding variable, so it reports no σ; it holds one final array sized at creation and allocates nothing.
 */
public final class StateFeedbackController extends AbstractController {

    private final double[] gains;

    /**
     * @param nominal         the nominal model's reference (not needed by this law; released on close)
     * @param gains           K (length 6), copied
     * @param maxForce        actuator limit (N)
     * @param historyCapacity capacity of the u history
     */
    StateFeedbackController(DynamicsRef nominal, double[] gains, double maxForce, int historyCapacity) {
        super(StateFeedbackProvider.NAME, nominal, maxForce, historyCapacity);
        this.gains = gains.clone();
    }

    @Override
    protected double control(double t, double[] x, double lastControl, DynamicsModel model) {
        double feedback = 0.0;
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            feedback += gains[i] * x[i];
        }
        return -feedback;
    }
}
