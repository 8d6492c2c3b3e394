package io.dip.controllers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.Diagnostics;
import io.dip.api.Matrix3;
import io.dip.api.Options;
import io.dip.api.DynamicsRef;
import io.dip.api.PhysicalParameters;
import io.dip.controllers.design.LqrSurfaceDesign;
import io.dip.dynamics.FullDynamics;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shared surface of docs/model.md §6, checked against independent computations on the full model: σ = S·x,
 * β = ∂σ̇/∂u, u_eq makes σ̇ = 0, the |β| guard, {@code equivalent_control: false}, both switching functions, and
 * the {@code surface} option (explicit coefficients or an LQR design).
 */
class SurfaceAndEquivalentControlTest {

    private static final double DT = 1e-3;
    private static final double[] S0 = LqrSurfaceDesign.defaultSurface();

    private final FullDynamics nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
    private final SplittableRandom random = new SplittableRandom(7L);

    private Controller classical(double[] gains, Map<String, ?> options) {
        return Plugins.controller("classical_smc").create(
                new ControllerSpec(gains, DT, 150.0, Options.of("controllers.classical_smc", options)),
                DynamicsRef.of(nominal));
    }

    private double[] randomState(double scale) {
        double[] x = new double[6];
        for (int i = 0; i < 6; i++) {
            x[i] = scale * (2 * random.nextDouble() - 1);
        }
        return x;
    }

    private static double dot(double[] s, double[] x) {
        double sum = 0;
        for (int i = 0; i < s.length; i++) {
            sum += s[i] * x[i];
        }
        return sum;
    }

    /** σ̇ = S·f(x, u) on the full model. */
    private double sigmaRate(double[] s, double[] x, double u) {
        double[] xdot = new double[6];
        nominal.derivative(x, u, xdot);
        return dot(s, xdot);
    }

    @Test
    void equivalentControlHoldsTheSurfaceStill() {
        try (Controller controller = classical(null, Map.of())) {
            Diagnostics d = controller.diagnostics();
            for (int trial = 0; trial < 200; trial++) {
                double[] x = randomState(0.8);
                controller.computeControl(0, x, 0);
                assertEquals(dot(S0, x), d.get("sigma"), 1e-12, "sigma");
                double beta = sigmaRate(S0, x, 1.0) - sigmaRate(S0, x, 0.0);
                assertEquals(beta, d.get("beta"), 1e-9 * Math.abs(beta), "beta = dσ̇/du");
                double residual = sigmaRate(S0, x, d.get("u_eq"));
                assertEquals(0.0, residual, 1e-9 * (1 + Math.abs(d.get("u_eq") * beta)), "σ̇ at u_eq");
            }
        }
    }

    @Test
    void smallInputGainIsGuardedWithItsSign() {
        double[] column = new double[3];
        double[] mass = new double[9];
        nominal.massMatrix(new double[6], mass);
        Matrix3.solve(mass, new double[] {1, 0, 0}, column);
        // Sv = 0 gives β = 0 exactly (guarded to +1e-3: sign(0) = +1); Sv = (±1e-4/(M0⁻¹e1)₀, 0, 0) gives β = ±1e-4.
        double[] gains = Plugins.controller("classical_smc").gains().defaults();
        double[][] velocityParts = {
            {0, 0, 0},
            {1e-4 / column[0], 0, 0},
            {-1e-4 / column[0], 0, 0}
        };
        double[] expected = {1e-3, 1e-3, -1e-3};
        for (int i = 0; i < velocityParts.length; i++) {
            System.arraycopy(velocityParts[i], 0, gains, 3, 3);
            try (Controller controller = classical(gains, Map.of())) {
                controller.computeControl(0, new double[6], 0);
                assertEquals(expected[i], controller.diagnostics().get("beta"), 0.0, "case " + i);
            }
        }
    }

    @Test
    void withoutEquivalentControlTheInputGainIsTheUprightOne() {
        try (Controller controller = classical(null, Map.of("equivalent_control", false))) {
            Diagnostics d = controller.diagnostics();
            for (int trial = 0; trial < 50; trial++) {
                double[] x = randomState(0.5);
                double u = controller.computeControl(0, x, 0);
                double sigma = dot(S0, x);
                assertEquals(0.0, d.get("u_eq"), 0.0);
                assertEquals(1.0, d.get("beta"), 1e-12, "β0 of the LQR-scaled default surface");
                double expected = Math.max(-150, Math.min(150, -5 * Math.tanh(sigma / 0.05) - 10 * sigma));
                assertEquals(expected, u, 1e-9 * Math.abs(expected) + 1e-12);
            }
        }
    }

    @Test
    void switchingFunctionsAndBoundaryLayer() {
        for (String method : List.of("tanh", "linear")) {
            try (Controller controller = classical(null, Map.of("switch_method", method, "boundary_layer", 0.2))) {
                Diagnostics d = controller.diagnostics();
                for (int trial = 0; trial < 50; trial++) {
                    double[] x = randomState(0.05);
                    double u = controller.computeControl(0, x, 0);
                    double sigma = d.get("sigma");
                    double w = method.equals("tanh") ? Math.tanh(sigma / 0.2) : Math.max(-1, Math.min(1, sigma / 0.2));
                    double expected = d.get("u_eq") + (-5 * w - 10 * sigma) / d.get("beta");
                    assertEquals(Math.max(-150, Math.min(150, expected)), u, 1e-9 * Math.abs(expected) + 1e-12, method);
                }
            }
        }
    }

    @Test
    void surfaceOptionReplacesTheSurfaceGains() {
        double[] s = {0.3, -8, 10, 0.4, -0.5, 1.5};
        try (Controller controller = classical(null, Map.of("surface", List.of(0.3, -8, 10, 0.4, -0.5, 1.5)))) {
            double[] x = randomState(0.3);
            controller.computeControl(0, x, 0);
            assertEquals(dot(s, x), controller.diagnostics().get("sigma"), 1e-12);
        }
    }

    @Test
    void lqrSurfaceOptionDesignsFromTheNominalModel() {
        double[] x = randomState(0.3);
        try (Controller defaults = classical(null, Map.of("surface", Map.of("lqr", Map.of())))) {
            defaults.computeControl(0, x, 0);
            assertEquals(dot(S0, x), defaults.diagnostics().get("sigma"), 1e-9);
        }
        double[] q = {1, 50, 20, 2, 0.5, 0.1};
        double[] designed = LqrSurfaceDesign.design(nominal, q, 0.3);
        try (Controller custom = classical(null, Map.of("surface",
                Map.of("lqr", Map.of("q", List.of(1, 50, 20, 2, 0.5, 0.1), "r", 0.3))))) {
            custom.computeControl(0, x, 0);
            assertEquals(dot(designed, x), custom.diagnostics().get("sigma"), 1e-12);
            custom.computeControl(0, new double[6], 0);
            assertEquals(1.0, custom.diagnostics().get("beta"), 1e-12, "β0 = +1 after scaling");
        }
    }
}
