package io.dip.sim.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.PhysicalParameters;
import io.dip.sim.config.PhysicsUncertainty;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ParameterDrawTest {

    @Test
    void drawsEachParameterWithinItsRelativeRange() {
        double[] nominal = PhysicalParameters.DEFAULTS.toArray();
        double[] delta = PhysicsUncertainty.DEFAULTS.toArray();
        SplittableRandom random = new SplittableRandom(5);
        for (int n = 0; n < 200; n++) {
            double[] p = ParameterDraw.draw(PhysicalParameters.DEFAULTS, delta, random).toArray();
            for (int i = 0; i < p.length; i++) {
                assertTrue(Math.abs(p[i] / nominal[i] - 1) <= delta[i] + 1e-15,
                        PhysicalParameters.KEYS[i] + " = " + p[i]);
            }
            assertEquals(9.81, p[PhysicalParameters.indexOf("gravity")], 0.0);
        }
    }

    @Test
    void aDrawIsThirteenUniformNumbersInKeyOrder() {
        PhysicalParameters drawn = ParameterDraw.draw(PhysicalParameters.DEFAULTS,
                ParameterDraw.uniformExceptGravity(0.05), new SplittableRandom(11));
        SplittableRandom same = new SplittableRandom(11);
        double[] expected = PhysicalParameters.DEFAULTS.toArray();
        for (int i = 0; i < expected.length; i++) {
            double uniform = 2 * same.nextDouble() - 1;
            double delta = PhysicalParameters.KEYS[i].equals("gravity") ? 0 : 0.05;
            expected[i] = expected[i] * (1 + delta * uniform);
        }
        assertArrayEquals(expected, drawn.toArray(), 0.0);
    }
}
