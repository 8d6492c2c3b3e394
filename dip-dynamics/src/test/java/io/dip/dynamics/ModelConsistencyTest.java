package io.dip.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.DynamicsModel;
import io.dip.api.PhysicalParameters;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each model's {@code massMatrix} and {@code bias} reproduce its own derivative through
 * {@code M q̈ = e1·u − n} (docs/model.md §3), velocities pass through, and a non-finite state gives a non-finite
 * derivative.
 */
class ModelConsistencyTest {

    static Stream<DynamicsModel> models() {
        PendulumCoefficients coefficients = new PendulumCoefficients(PhysicalParameters.DEFAULTS);
        return Stream.of(new FullDynamics(coefficients), new SimplifiedDynamics(coefficients),
                new LinearDynamics(coefficients));
    }

    @ParameterizedTest
    @MethodSource("models")
    void massMatrixAndBiasReproduceTheDerivative(DynamicsModel model) {
        Random random = new Random(42);
        double[] x = new double[6];
        double[] xDot = new double[6];
        double[] mass = new double[9];
        double[] bias = new double[3];
        for (int trial = 0; trial < 1000; trial++) {
            for (int i = 0; i < 6; i++) {
                x[i] = (random.nextDouble() * 2 - 1) * (i < 3 ? 3.0 : 8.0);
            }
            double u = (random.nextDouble() * 2 - 1) * 150.0;
            model.derivative(x, u, xDot);
            model.massMatrix(x, mass);
            model.bias(x, bias);
            for (int i = 0; i < 3; i++) {
                assertEquals(x[3 + i], xDot[i], 0.0, model.name() + " velocity " + i);
                double generalisedForce = (i == 0 ? u : 0.0) - bias[i];
                double inertial = mass[3 * i] * xDot[3] + mass[3 * i + 1] * xDot[4] + mass[3 * i + 2] * xDot[5];
                double scale = Math.abs(u) + Math.abs(bias[i]) + Math.abs(inertial) + 1.0;
                assertEquals(generalisedForce, inertial, 1e-12 * scale,
                        model.name() + " row " + i + " at trial " + trial);
            }
            for (int i = 0; i < 3; i++) {
                assertEquals(mass[3 * i + (i + 1) % 3], mass[3 * ((i + 1) % 3) + i], 0.0, "M symmetric");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void nonFiniteStateGivesNonFiniteDerivative(DynamicsModel model) {
        double[] out = new double[6];
        model.derivative(new double[] {0.0, Double.NaN, 0.0, 0.0, 0.0, 0.0}, 0.0, out);
        boolean anyNonFinite = false;
        for (double v : out) {
            anyNonFinite |= !Double.isFinite(v);
        }
        assertTrue(anyNonFinite, model.name() + " hid a NaN state");
    }

    @ParameterizedTest
    @MethodSource("models")
    void reportsItsParametersAndTheFullEnergy(DynamicsModel model) {
        assertSame(PhysicalParameters.DEFAULTS, model.parameters());
        assertEquals(6, model.dimension());
        // E at rest upright = g·(a1 + a2) = 9.81·(0.2·0.2 + 0.15·0.4 + 0.15·0.15) = 1.201725 J
        assertEquals(1.201725, model.energy(new double[6]), 1e-12);
        // a pure cart motion: E = ½·mt·v² + g·(a1 + a2), mt = 1.85 kg
        assertEquals(0.5 * 1.85 * 4.0 + 1.201725, model.energy(new double[] {0, 0, 0, 2.0, 0, 0}), 1e-12);
        assertFalse(model.name().isEmpty());
    }

    static Stream<DynamicsModel> nonlinearModels() {
        return Stream.of(new FullDynamics(PhysicalParameters.DEFAULTS),
                new SimplifiedDynamics(PhysicalParameters.DEFAULTS));
    }

    @ParameterizedTest
    @MethodSource("nonlinearModels")
    void hangingDownIsAnEquilibriumOfTheNonlinearModels(DynamicsModel model) {
        double[] out = new double[6];
        model.derivative(new double[] {0.7, Math.PI, Math.PI, 0, 0, 0}, 0.0, out);
        for (double v : List.of(out[3], out[4], out[5])) {
            assertEquals(0.0, v, 1e-12, model.name() + " hanging equilibrium");
        }
    }
}
