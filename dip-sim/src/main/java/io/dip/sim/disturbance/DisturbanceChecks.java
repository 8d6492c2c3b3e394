package io.dip.sim.disturbance;

/** Parameter checks shared by the disturbance types; messages name the configuration key. */
final class DisturbanceChecks {

    private DisturbanceChecks() {
    }

    static void finite(String type, String key, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(type + "." + key + " must be finite, got " + value);
        }
    }

    static void nonNegative(String type, String key, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(type + "." + key + " must be finite and >= 0, got " + value);
        }
    }

    static void positive(String type, String key, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(type + "." + key + " must be finite and > 0, got " + value);
        }
    }
}
