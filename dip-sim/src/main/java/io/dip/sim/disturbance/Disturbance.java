package io.dip.sim.disturbance;

import java.util.Map;

/**
 * A force disturbance d(t) (N) on the cart — an external push, not the motor's — added to the actuator's force
 * after the motor limit: the plant receives {@code clamp(u, ±max_force) + d(t)} (docs/model.md §5).
 *
 * <p>Implementations are immutable and {@link #force} is a pure, allocation-free function of t, so one instance
 * may be shared by runs on many threads. The engine samples it at the control instants t = k·dt.
 */
public interface Disturbance {

    /**
     * @param t time (s), ≥ 0
     * @return the disturbance force (N)
     */
    double force(double t);

    /**
     * @param runSeed the seed of one run of a study
     * @return this disturbance with every random stream re-seeded from its own seed and {@code runSeed}; the
     *         same instance when it has no random part
     */
    default Disturbance reseeded(long runSeed) {
        return this;
    }

    /** @return the type and parameters, with the keys of the configuration, for result files */
    Map<String, Object> describe();

    /** @return the zero disturbance */
    static Disturbance none() {
        return NoDisturbance.INSTANCE;
    }
}
