package io.dip.sim.disturbance;

import java.util.Map;

/** The zero disturbance, d(t) = 0. */
final class NoDisturbance implements Disturbance {

    static final NoDisturbance INSTANCE = new NoDisturbance();

    private NoDisturbance() {
    }

    @Override
    public double force(double t) {
        return 0.0;
    }

    @Override
    public Map<String, Object> describe() {
        return Map.of("type", "none");
    }
}
