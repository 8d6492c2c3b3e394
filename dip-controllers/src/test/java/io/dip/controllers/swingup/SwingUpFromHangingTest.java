package io.dip.controllers.swingup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.PhysicalParameters;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * From hanging (θ1 = θ2 = π) on the default full plant, rk4, dt = 1e-3 s, max_force 150 N and a track of ±1 m:
 * both links are up (wrapped |θ| &lt; 0.05 rad, |θ̇| &lt; 0.5 rad/s) within 10 s and stay up until 20 s, with
 * |u| ≤ 150 N and |x| ≤ 1 m at every step — from the exact hanging state (also written with −π), from every corner
 * of the box ±0.1 rad × ±0.2 rad/s around it, and from a seeded sample inside the box.
 */
class SwingUpFromHangingTest {

    private static final double PI = Math.PI;
    private static final double ANGLE = 0.1;
    private static final double RATE = 0.2;
    private static final int SAMPLES = 8;
    private static final long SEED = 20_070_101L;

    static Stream<double[]> hangingStates() {
        Stream.Builder<double[]> states = Stream.builder();
        states.add(new double[] {0, PI, PI, 0, 0, 0});
        states.add(new double[] {0, -PI, PI, 0, 0, 0});
        states.add(new double[] {0, 3.14159, 3.14159, 0, 0, 0});
        for (int corner = 0; corner < 16; corner++) {
            states.add(new double[] {0, PI + sign(corner, 0) * ANGLE, PI + sign(corner, 1) * ANGLE, 0,
                sign(corner, 2) * RATE, sign(corner, 3) * RATE});
        }
        Random random = new Random(SEED);
        for (int i = 0; i < SAMPLES; i++) {
            states.add(new double[] {0, PI + ANGLE * uniform(random), PI + ANGLE * uniform(random), 0,
                RATE * uniform(random), RATE * uniform(random)});
        }
        return states.build();
    }

    private static double sign(int corner, int bit) {
        return ((corner >> bit) & 1) == 0 ? -1.0 : 1.0;
    }

    private static double uniform(Random random) {
        return 2 * random.nextDouble() - 1;
    }

    @ParameterizedTest
    @MethodSource("hangingStates")
    void swingsUpWithinTenSecondsAndHoldsWithinTheLimits(double[] x0) {
        SwingUpRun run = SwingUpRun.of(PhysicalParameters.DEFAULTS, x0, 20.0);
        String from = " from " + Arrays.toString(x0) + ": " + run;
        assertTrue(run.peakForce() <= SwingUpRun.MAX_FORCE, "|u| <= max_force" + from);
        assertTrue(run.peakPosition() <= SwingUpRun.TRACK, "|x| <= 1 m" + from);
        assertTrue(run.uprightFrom() <= 10.0, "up within 10 s and until 20 s" + from);
        assertEquals("hold", run.finalMode(), "the stabiliser holds it" + from);
    }
}
