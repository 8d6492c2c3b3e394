package io.dip.controllers.swingup;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.PhysicalParameters;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The plan is computed from whatever nominal physics and control period are configured: other pendulums and other
 * periods swing up too (plant = nominal), and the default design tolerates plants drawn with the default uncertainty (±5 % masses, lengths, inertias;
 * ±10 % frictions) while the controller keeps its nominal model.
 */
class SwingUpOtherPhysicsTest {

    private static final double[] HANGING = {0, Math.PI, Math.PI, 0, 0, 0};
    private static final int DRAWS = 12;
    private static final long SEED = 7;

    /** Scales the given parameter keys by {@code factor}. */
    private static PhysicalParameters scaled(PhysicalParameters base, double factor, String... keys) {
        double[] values = base.toArray();
        for (String key : keys) {
            values[PhysicalParameters.indexOf(key)] *= factor;
        }
        return PhysicalParameters.fromArray(values);
    }

    static Stream<PhysicalParameters> otherPhysics() {
        PhysicalParameters d = PhysicalParameters.DEFAULTS;
        PhysicalParameters heavierShorter = scaled(scaled(d, 1.3, "pendulum1_mass", "pendulum2_mass"), 0.8,
                "pendulum1_length", "pendulum2_length", "pendulum1_com", "pendulum2_com");
        PhysicalParameters longerHeavier = scaled(scaled(scaled(d, 1.25, "pendulum1_length", "pendulum2_length",
                "pendulum1_com", "pendulum2_com"), 1.5, "pendulum1_mass", "pendulum2_mass", "pendulum1_inertia",
                "pendulum2_inertia"), 0.7, "cart_mass");
        PhysicalParameters lighterCartMoreFriction = scaled(scaled(d, 0.6, "cart_mass"), 3.0, "cart_friction",
                "joint1_friction", "joint2_friction");
        return Stream.of(heavierShorter, longerHeavier, lighterCartMoreFriction);
    }

    @ParameterizedTest
    @MethodSource("otherPhysics")
    void anotherPendulumSwingsUpWithItsOwnPlan(PhysicalParameters physics) {
        SwingUpRun run = SwingUpRun.of(physics, HANGING, 20.0);
        assertTrue(run.meetsTheSwingUpCriteria(), physics + ": " + run);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0005, 0.004, 0.01})
    void otherControlPeriodsGetTheirOwnPlan(double dt) {
        SwingUpRun run = SwingUpRun.of(PhysicalParameters.DEFAULTS, PhysicalParameters.DEFAULTS, HANGING, 20.0,
                Double.NaN, null, dt);
        assertTrue(run.meetsTheSwingUpCriteria(), "dt = " + dt + ": " + run);
    }

    @Test
    void drawnPlantsSwingUpWithTheNominalPlan() {
        Random random = new Random(SEED);
        double[] nominal = PhysicalParameters.DEFAULTS.toArray();
        for (int draw = 0; draw < DRAWS; draw++) {
            double[] drawn = nominal.clone();
            for (int i = 0; i < drawn.length; i++) {
                String key = PhysicalParameters.KEYS[i];
                double delta = key.equals("gravity") ? 0.0 : key.endsWith("friction") ? 0.10 : 0.05;
                drawn[i] *= 1 + delta * (2 * random.nextDouble() - 1);
            }
            SwingUpRun run = SwingUpRun.of(PhysicalParameters.fromArray(drawn), PhysicalParameters.DEFAULTS, HANGING,
                    20.0, Double.NaN, null);
            assertTrue(run.meetsTheSwingUpCriteria(), "draw " + draw + " " + Arrays.toString(drawn) + ": " + run);
        }
    }
}
