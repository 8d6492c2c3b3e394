package io.dip.controllers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsRef;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code switch_method: sign} (docs/model.md §6): {@code sat(σ) = sign(σ)} with sign(0) = 0 and no boundary
 * layer. The expected forces are worked out here from the plant's own derivative — σ = S·x, β = σ̇(u = 1) − σ̇(u = 0),
 * u_eq = −σ̇(u = 0)/β — and the textbook laws, never through the controllers' helpers.
 */
class SignSwitchingTest {

    private static final double DT = 1e-3;
    /** The default surface S0 of docs/model.md §6. */
    private static final double[] S0 = {0.1221754344103595, -10.741444838907405, 12.216130357283888,
        0.228386064555021, -0.5586131459112993, 1.6384791698028844};

    private final FullDynamics nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
    private final SplittableRandom random = new SplittableRandom(11L);

    private Controller create(String name, double maxForce, Map<String, ?> options, double... reaching) {
        double[] gains = S0.clone();
        double[] all = new double[6 + reaching.length];
        System.arraycopy(gains, 0, all, 0, 6);
        System.arraycopy(reaching, 0, all, 6, reaching.length);
        return Plugins.controller(name).create(
                new ControllerSpec(all, DT, maxForce, Options.of("controllers." + name, options)),
                DynamicsRef.of(nominal));
    }

    private double sigmaRate(double[] x, double u) {
        double[] xdot = new double[6];
        nominal.derivative(x, u, xdot);
        double rate = 0;
        for (int i = 0; i < 6; i++) {
            rate += S0[i] * xdot[i];
        }
        return rate;
    }

    private static double sigma(double[] x) {
        double sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += S0[i] * x[i];
        }
        return sum;
    }

    /** σ, β and u_eq of state x, from the plant's derivative. */
    private double[] surface(double[] x) {
        double drift = sigmaRate(x, 0.0);
        double beta = sigmaRate(x, 1.0) - drift;
        return new double[] {sigma(x), beta, -drift / beta};
    }

    private static double sign(double value) {
        return value > 0 ? 1.0 : value < 0 ? -1.0 : 0.0;
    }

    /** Random states, some far enough out to saturate ±maxForce, and the upright state (σ = 0 exactly). */
    private List<double[]> states(int count) {
        List<double[]> states = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double scale = i % 3 == 0 ? 0.3 : 0.01;
            double[] x = new double[6];
            for (int j = 0; j < 6; j++) {
                x[j] = scale * (2 * random.nextDouble() - 1);
            }
            states.add(x);
            if (i % 7 == 3) {
                states.add(new double[6]);
            }
        }
        return states;
    }

    @Test
    void superTwistingWithSignIsTheTextbookLawWithConditionalIntegration() {
        double k1 = 6;
        double k2 = 40;
        double kd = 3;
        double maxForce = 20;
        double limit = 0.5;
        try (Controller sta = create("sta_smc", maxForce, Map.of("switch_method", "sign", "boundary_layer", 1e-9,
                "integral_limit", limit), k1, k2, kd)) {
            double v = 0;
            int saturated = 0;
            int integrated = 0;
            int atZero = 0;
            for (double[] x : states(300)) {
                double[] s = surface(x);
                double sigma = s[0];
                double beta = s[1];
                double raw = s[2] + (-k1 * Math.sqrt(Math.abs(sigma)) * sign(sigma) + v - kd * sigma) / beta;
                double expected = Math.max(-maxForce, Math.min(maxForce, raw));
                assertTrue(Math.abs(Math.abs(raw) - maxForce) > 1e-6, "a state on the saturation edge: " + raw);
                double u = sta.computeControl(0, x, 0);
                assertEquals(expected, u, 1e-9 * (1 + Math.abs(expected)), "u at σ = " + sigma);
                if (expected == raw) {
                    v = Math.max(-limit, Math.min(limit, v - k2 * sign(sigma) * DT));
                    integrated++;
                } else {
                    saturated++;
                }
                if (sigma == 0.0) {
                    atZero++;
                }
                assertEquals(v, sta.diagnostics().get("v"), 1e-15, "v after σ = " + sigma);
            }
            assertTrue(saturated > 20 && integrated > 20 && atZero > 10,
                    "both branches and σ = 0 exercised: " + saturated + ", " + integrated + ", " + atZero);
        }
    }

    @Test
    void atSigmaZeroTheSwitchingTermsVanishAndVHolds() {
        try (Controller sta = create("sta_smc", 150, Map.of("switch_method", "sign"), 6, 40, 3)) {
            double[] away = {0, 0, 0, 0, 0, 0.01};
            sta.computeControl(0, away, 0);
            double v = sta.diagnostics().get("v");
            assertEquals(-40 * DT, v, 1e-15, "σ > 0: v̇ = −K2");
            double[] s = surface(new double[6]);
            assertEquals(0.0, s[0], 0.0);
            double u = sta.computeControl(DT, new double[6], 0);
            assertEquals(v / s[1], u, 1e-12, "u = u_eq + v/β with u_eq = 0 upright");
            assertEquals(v, sta.diagnostics().get("v"), 0.0, "sign(0) = 0: v holds");
        }
    }

    @Test
    void classicalWithSignIgnoresTheBoundaryLayer() {
        for (double boundaryLayer : new double[] {1e-6, 10.0}) {
            try (Controller classical = create("classical_smc", 150, Map.of("switch_method", "sign",
                    "boundary_layer", boundaryLayer), 5, 10)) {
                for (double[] x : states(40)) {
                    double[] s = surface(x);
                    double raw = s[2] + (-5 * sign(s[0]) - 10 * s[0]) / s[1];
                    double expected = Math.max(-150, Math.min(150, raw));
                    assertEquals(expected, classical.computeControl(0, x, 0), 1e-9 * (1 + Math.abs(expected)));
                }
            }
        }
    }

    @Test
    void everySlidingModeControllerAcceptsSign() {
        int checked = 0;
        for (ControllerProvider provider : Plugins.controllerProviders()) {
            if (!(provider instanceof SlidingModeControllerProvider)) {
                continue;
            }
            try (Controller controller = provider.create(new ControllerSpec(null, DT, 150,
                    Options.of("controllers." + provider.name(), Map.of("switch_method", "sign"))),
                    DynamicsRef.of(nominal))) {
                double u = controller.computeControl(0, new double[] {0, 0.1, -0.05, 0, 0, 0}, 0);
                assertTrue(Double.isFinite(u) && controller.diagnostics().get("fault") == 0.0, provider.name());
                checked++;
            }
        }
        assertTrue(checked >= 4, "sliding-mode providers found: " + checked);
    }

    @Test
    void signFunctionHasSignOfZeroEqualToZero() {
        assertEquals(0.0, SwitchMethod.SIGN.apply(0.0, 0.05), 0.0);
        assertEquals(1.0, SwitchMethod.SIGN.apply(1e-300, 0.05), 0.0);
        assertEquals(-1.0, SwitchMethod.SIGN.apply(-1e-300, 0.05), 0.0);
        assertEquals(1.0, SwitchMethod.SIGN.apply(0.01, 1e6), 0.0, "no boundary layer");
    }
}
