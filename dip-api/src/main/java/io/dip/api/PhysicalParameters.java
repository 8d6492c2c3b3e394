package io.dip.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Physical parameters of the cart and the two links (YAML section {@code physics}, docs/model.md §2).
 *
 * <p>Every mass (kg), length (m), inertia (kg·m², about the centre of mass) and gravity (m/s²) must be finite
 * and &gt; 0; frictions (cart N·s/m, joints N·m·s) finite and ≥ 0. A violation raises
 * {@link IllegalArgumentException} naming the YAML key, e.g. {@code physics.pendulum1_mass}.
 *
 * @param cartMass         m0, cart mass (kg), key {@code cart_mass}
 * @param pendulum1Mass    m1, link 1 mass (kg), key {@code pendulum1_mass}
 * @param pendulum2Mass    m2, link 2 mass (kg), key {@code pendulum2_mass}
 * @param pendulum1Length  L1, link 1 pivot-to-pivot length (m), key {@code pendulum1_length}
 * @param pendulum2Length  L2, link 2 length (m, drawing only), key {@code pendulum2_length}
 * @param pendulum1Com     l1, link 1 pivot to centre of mass (m), key {@code pendulum1_com}
 * @param pendulum2Com     l2, link 2 pivot to centre of mass (m), key {@code pendulum2_com}
 * @param pendulum1Inertia I1, link 1 inertia about its centre of mass (kg·m²), key {@code pendulum1_inertia}
 * @param pendulum2Inertia I2, link 2 inertia about its centre of mass (kg·m²), key {@code pendulum2_inertia}
 * @param gravity          g (m/s²), key {@code gravity}
 * @param cartFriction     b0, viscous cart friction (N·s/m), key {@code cart_friction}
 * @param joint1Friction   b1, viscous friction of the cart–link 1 joint (N·m·s), key {@code joint1_friction}
 * @param joint2Friction   b2, viscous friction of the link 1–link 2 joint (N·m·s), key {@code joint2_friction}
 */
public record PhysicalParameters(
        double cartMass,
        double pendulum1Mass,
        double pendulum2Mass,
        double pendulum1Length,
        double pendulum2Length,
        double pendulum1Com,
        double pendulum2Com,
        double pendulum1Inertia,
        double pendulum2Inertia,
        double gravity,
        double cartFriction,
        double joint1Friction,
        double joint2Friction) {

    /** YAML section name of these parameters. */
    public static final String SECTION = "physics";

    /** The YAML keys in component order. */
    public static final String[] KEYS = {
        "cart_mass", "pendulum1_mass", "pendulum2_mass", "pendulum1_length", "pendulum2_length",
        "pendulum1_com", "pendulum2_com", "pendulum1_inertia", "pendulum2_inertia", "gravity",
        "cart_friction", "joint1_friction", "joint2_friction"
    };

    private static final int FIRST_FRICTION = 10;

    /** The defaults of docs/model.md §2. */
    public static final PhysicalParameters DEFAULTS = new PhysicalParameters(
            1.5, 0.2, 0.15, 0.4, 0.3, 0.2, 0.15, 0.0081, 0.0034, 9.81, 0.2, 0.005, 0.004);

    /** Validates every component; see the class description. */
    public PhysicalParameters {
        double[] values = {cartMass, pendulum1Mass, pendulum2Mass, pendulum1Length, pendulum2Length,
            pendulum1Com, pendulum2Com, pendulum1Inertia, pendulum2Inertia, gravity,
            cartFriction, joint1Friction, joint2Friction};
        for (int i = 0; i < values.length; i++) {
            double v = values[i];
            boolean friction = i >= FIRST_FRICTION;
            if (!Double.isFinite(v) || (friction ? v < 0 : v <= 0)) {
                throw new IllegalArgumentException(SECTION + "." + KEYS[i] + " must be finite and "
                        + (friction ? ">= 0" : "> 0") + ", got " + v);
            }
        }
    }

    /**
     * Builds parameters from YAML keys, starting from {@link #DEFAULTS} for keys not given.
     *
     * @param values key → value, keys as in {@link #KEYS}
     * @return the validated parameters
     * @throws IllegalArgumentException for an unknown key (named with its section) or an invalid value
     */
    public static PhysicalParameters fromMap(Map<String, ? extends Number> values) {
        double[] v = DEFAULTS.toArray();
        for (Map.Entry<String, ? extends Number> e : values.entrySet()) {
            int index = indexOf(e.getKey());
            if (index < 0) {
                throw new IllegalArgumentException("unknown key " + SECTION + "." + e.getKey()
                        + " (allowed: " + String.join(", ", KEYS) + ")");
            }
            if (e.getValue() == null) {
                throw new IllegalArgumentException(SECTION + "." + e.getKey() + " must be a number, got null");
            }
            v[index] = e.getValue().doubleValue();
        }
        return fromArray(v);
    }

    /**
     * @param key a YAML key of {@link #KEYS}
     * @return its component index, or −1 when the key is unknown
     */
    public static int indexOf(String key) {
        for (int i = 0; i < KEYS.length; i++) {
            if (KEYS[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** @return the components in {@link #KEYS} order (a new array) */
    public double[] toArray() {
        return new double[] {cartMass, pendulum1Mass, pendulum2Mass, pendulum1Length, pendulum2Length,
            pendulum1Com, pendulum2Com, pendulum1Inertia, pendulum2Inertia, gravity,
            cartFriction, joint1Friction, joint2Friction};
    }

    /**
     * @param v the components in {@link #KEYS} order
     * @return the validated parameters
     */
    public static PhysicalParameters fromArray(double[] v) {
        if (v.length != KEYS.length) {
            throw new IllegalArgumentException(SECTION + " needs " + KEYS.length + " values, got " + v.length);
        }
        return new PhysicalParameters(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10],
                v[11], v[12]);
    }

    /** @return key → value in {@link #KEYS} order, as written to YAML and JSON */
    public Map<String, Double> toMap() {
        double[] v = toArray();
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < KEYS.length; i++) {
            map.put(KEYS[i], v[i]);
        }
        return map;
    }
}
