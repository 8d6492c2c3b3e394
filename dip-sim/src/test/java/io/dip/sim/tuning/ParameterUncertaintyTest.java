package io.dip.sim.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.PhysicalParameters;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ParameterUncertaintyTest {

    @Test
    void drawsEachParameterWithinItsRelativeRange() {
        double[] nominal = PhysicalParameters.DEFAULTS.toArray();
        double[] delta = ParameterUncertainty.DEFAULTS.relative();
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 200; n++) {
            double[] p = ParameterUncertainty.DEFAULTS.draw(PhysicalParameters.DEFAULTS, random).toArray();
            for (int i = 0; i < p.length; i++) {
                assertTrue(Math.abs(p[i] / nominal[i] - 1) <= delta[i] + 1e-15,
                        PhysicalParameters.KEYS[i] + " = " + p[i]);
            }
            assertEquals(9.81, p[PhysicalParameters.indexOf("gravity")], 0.0);
        }
    }

    @Test
    void aDrawIsThirteenUniformNumbersInKeyOrder() {
        ParameterUncertainty u = ParameterUncertainty.uniform(0.05);
        PhysicalParameters drawn = u.draw(PhysicalParameters.DEFAULTS, new SplittableRandom(11));
        SplittableRandom same = new SplittableRandom(11);
        double[] expected = PhysicalParameters.DEFAULTS.toArray();
        for (int i = 0; i < expected.length; i++) {
            double uniform = 2 * same.nextDouble() - 1;
            double delta = PhysicalParameters.KEYS[i].equals("gravity") ? 0 : 0.05;
            expected[i] = expected[i] * (1 + delta * uniform);
        }
        assertArrayEquals(expected, drawn.toArray(), 0.0);
    }

    @Test
    void defaultsAreThoseOfTheModel() {
        Map<String, Double> m = ParameterUncertainty.DEFAULTS.toMap();
        assertEquals(0.05, m.get("cart_mass"));
        assertEquals(0.05, m.get("pendulum2_inertia"));
        assertEquals(0.0, m.get("gravity"));
        assertEquals(0.1, m.get("joint1_friction"));
    }

    @Test
    void readsAMapAndRejectsUnknownKeysAndBadValues() {
        ParameterUncertainty u = ParameterUncertainty.fromMap(Map.of("cart_mass", 0.2));
        assertEquals(0.2, u.toMap().get("cart_mass"));
        assertEquals(0.1, u.toMap().get("cart_friction"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ParameterUncertainty.fromMap(Map.of("cart_mas", 0.2))).getMessage()
                .contains("physics_uncertainty.cart_mas"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ParameterUncertainty.fromMap(Map.of("gravity", -0.1))).getMessage()
                .contains("physics_uncertainty.gravity"));
        assertThrows(IllegalArgumentException.class, () -> ParameterUncertainty.uniform(1.0));
    }
}
