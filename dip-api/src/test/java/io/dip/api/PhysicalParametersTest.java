package io.dip.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Physical parameters: docs/model.md §2 defaults, YAML keys, and validation errors naming {@code physics.<key>}. */
class PhysicalParametersTest {

    @Test
    void defaultsAreThoseOfModelMd() {
        assertArrayEquals(new double[] {1.5, 0.2, 0.15, 0.4, 0.3, 0.2, 0.15, 0.0081, 0.0034, 9.81, 0.2, 0.005,
            0.004}, PhysicalParameters.DEFAULTS.toArray());
        assertEquals(List.of("cart_mass", "pendulum1_mass", "pendulum2_mass", "pendulum1_length", "pendulum2_length",
                "pendulum1_com", "pendulum2_com", "pendulum1_inertia", "pendulum2_inertia", "gravity",
                "cart_friction", "joint1_friction", "joint2_friction"), List.of(PhysicalParameters.KEYS));
    }

    @Test
    void fromMapOverridesOnlyTheGivenKeys() {
        PhysicalParameters p = PhysicalParameters.fromMap(Map.of("cart_mass", 2.0, "joint2_friction", 0));
        assertEquals(2.0, p.cartMass());
        assertEquals(0.0, p.joint2Friction());
        assertEquals(0.2, p.pendulum1Mass());
        assertEquals(p, PhysicalParameters.fromMap(p.toMap()));
        assertEquals(p, PhysicalParameters.fromArray(p.toArray()));
    }

    @Test
    void everyPositiveQuantityRejectsZeroNegativeAndNonFinite() {
        for (int i = 0; i < 10; i++) {
            String key = PhysicalParameters.KEYS[i];
            for (double bad : new double[] {0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> PhysicalParameters.fromMap(Map.of(key, bad)), key + " = " + bad);
                assertTrue(e.getMessage().startsWith("physics." + key + " must be finite and > 0"), e.getMessage());
            }
        }
    }

    @Test
    void frictionsAcceptZeroAndRejectNegativeOrNonFinite() {
        for (int i = 10; i < 13; i++) {
            String key = PhysicalParameters.KEYS[i];
            assertEquals(0.0, PhysicalParameters.fromMap(Map.of(key, 0.0)).toArray()[i]);
            for (double bad : new double[] {-1e-9, Double.NaN, Double.NEGATIVE_INFINITY}) {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> PhysicalParameters.fromMap(Map.of(key, bad)), key + " = " + bad);
                assertTrue(e.getMessage().startsWith("physics." + key + " must be finite and >= 0"), e.getMessage());
            }
        }
    }

    @Test
    void offsetCentreOfMassIsLegal() {
        // l1 > L1 is allowed (docs/model.md §2)
        assertEquals(0.6, PhysicalParameters.fromMap(Map.of("pendulum1_com", 0.6)).pendulum1Com());
    }

    @Test
    void unknownKeyIsNamedWithTheAllowedKeys() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhysicalParameters.fromMap(Map.of("pendulum1_mas", 0.2)));
        assertTrue(e.getMessage().startsWith("unknown key physics.pendulum1_mas (allowed: cart_mass,"),
                e.getMessage());
    }

    @Test
    void nullValueIsNamed() {
        Map<String, Number> values = new HashMap<>();
        values.put("gravity", null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhysicalParameters.fromMap(values));
        assertEquals("physics.gravity must be a number, got null", e.getMessage());
    }

    @Test
    void wrongArrayLengthIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhysicalParameters.fromArray(new double[12]));
        assertTrue(e.getMessage().contains("13"), e.getMessage());
    }
}
