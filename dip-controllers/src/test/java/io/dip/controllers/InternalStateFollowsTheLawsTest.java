package io.dip.controllers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.Diagnostics;
import io.dip.api.DynamicsRef;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The internal-state updates of docs/model.md §6 beyond the golden sequences: conditional integration and the
 * integral limit, dead zones, rate limits and gain clamps, leakage, the hybrid's use of the new k2, reset, and the
 * fault path that leaves the state untouched.
 */
class InternalStateFollowsTheLawsTest {

    private static final double DT = 1e-3;
    private static final double EPSILON = 0.05;
    /** Reaching gains k1_0, k2_0, γ1, γ2, kd that the hybrid expectations below are worked out with. */
    private static final double[] HYBRID_GAINS = {4, 0.4, 2, 0.5, 5};
    /** σ(x) = S0·x ≈ −1.074 for this state: far outside the boundary layer. */
    private static final double[] FAR = {0, 0.1, 0, 0, 0, 0};

    private final FullDynamics nominal = new FullDynamics(PhysicalParameters.DEFAULTS);

    private Controller create(String name, double maxForce, Map<String, ?> options, double... reaching) {
        double[] gains = Plugins.controller(name).gains().defaults();
        System.arraycopy(reaching, 0, gains, 6, reaching.length);
        return Plugins.controller(name).create(
                new ControllerSpec(gains, DT, maxForce, Options.of("controllers." + name, options)),
                DynamicsRef.of(nominal));
    }

    /** A state whose σ = S0·x equals {@code sigma} (only θ̇2 set). */
    private static double[] stateWithSigma(double sigma) {
        return new double[] {0, 0, 0, 0, 0, sigma / 1.6384791698028844};
    }

    @Test
    void superTwistingIntegratesOnlyWhenTheOutputIsNotSaturated() {
        try (Controller sta = create("sta_smc", 1.0, Map.of(), 5, 5, 5)) {
            Diagnostics d = sta.diagnostics();
            assertEquals(1.0, Math.abs(sta.computeControl(0, FAR, 0)), 0.0, "saturated");
            assertEquals(0.0, d.get("v"), 0.0, "no integration while saturated");
            double[] near = stateWithSigma(2e-4);
            double u = sta.computeControl(0, near, 0);
            assertTrue(Math.abs(u) < 1.0, "unsaturated, u = " + u);
            assertEquals(-5 * Math.tanh(d.get("sigma") / EPSILON) * DT, d.get("v"), 1e-15);
        }
    }

    @Test
    void superTwistingIntegralStaysWithinItsLimit() {
        try (Controller sta = create("sta_smc", 150.0, Map.of("integral_limit", 0.002))) {
            double[] x = stateWithSigma(0.0164);
            for (int i = 0; i < 10; i++) {
                assertTrue(Math.abs(sta.computeControl(0, x, 0)) < 150.0);
            }
            assertEquals(-0.002, sta.diagnostics().get("v"), 0.0);
        }
    }

    @Test
    void adaptiveGainIsRateLimitedAndClamped() {
        try (Controller limited = create("adaptive_smc", 150.0, Map.of("adapt_rate_limit", 1.0))) {
            limited.computeControl(0, FAR, 0);
            assertEquals(5 + 1.0 * DT, limited.diagnostics().get("K"), 1e-15, "K̇ clamped to adapt_rate_limit");
        }
        try (Controller capped = create("adaptive_smc", 150.0, Map.of("K_max", 5.0005))) {
            capped.computeControl(0, FAR, 0);
            assertEquals(5.0005, capped.diagnostics().get("K"), 0.0, "K clamped to K_max");
        }
        try (Controller low = create("adaptive_smc", 150.0, Map.of("K_max", 3.0));
             Controller high = create("adaptive_smc", 150.0, Map.of("K_min", 6.0, "K_max", 7.0))) {
            assertEquals(3.0, low.diagnostics().get("K"), 0.0, "K₀ = clamp(K0, K_min, K_max)");
            assertEquals(6.0, high.diagnostics().get("K"), 0.0, "K₀ = clamp(K0, K_min, K_max)");
        }
    }

    @Test
    void adaptiveGainGrowsWithSigmaLeaksOutsideTheDeadZoneAndHoldsInside() {
        try (Controller adaptive = create("adaptive_smc", 150.0, Map.of())) {
            Diagnostics d = adaptive.diagnostics();
            double expected = 5.0;
            for (int i = 0; i < 20; i++) {
                adaptive.computeControl(0, FAR, 0);
                expected += DT * (5 * Math.abs(d.get("sigma")) - 0.1 * (expected - 5));
                assertEquals(expected, d.get("K"), 1e-12, "growth, call " + i);
            }
            double[] small = stateWithSigma(0.02);
            adaptive.computeControl(0, small, 0);
            expected += DT * (5 * Math.abs(d.get("sigma")) - 0.1 * (expected - 5));
            assertEquals(expected, d.get("K"), 1e-12, "just outside the dead zone");
            adaptive.computeControl(0, stateWithSigma(0.005), 0);
            assertEquals(expected, d.get("K"), 0.0, "inside the dead zone K holds");
        }
    }

    @Test
    void hybridGainsAdaptLeakAndClampAndVUsesTheNewK2() {
        try (Controller hybrid = create("hybrid_adaptive_sta_smc", 150.0, Map.of(), HYBRID_GAINS)) {
            Diagnostics d = hybrid.diagnostics();
            double[] x = stateWithSigma(0.03);
            hybrid.computeControl(0, x, 0);
            double sigma = d.get("sigma");
            double k1 = 4 + DT * 2 * Math.abs(sigma);
            double k2 = 0.4 + DT * 0.5 * Math.abs(sigma);
            assertEquals(k1, d.get("k1"), 1e-15);
            assertEquals(k2, d.get("k2"), 1e-15);
            assertEquals(-k2 * Math.tanh(sigma / EPSILON) * DT, d.get("v"), 1e-18, "v with the new k2");
            hybrid.computeControl(0, stateWithSigma(0.001), 0);
            k1 += DT * (-0.05 * (k1 - 4));
            k2 += DT * (-0.05 * (k2 - 0.4));
            assertEquals(k1, d.get("k1"), 1e-15, "leak inside the dead zone");
            assertEquals(k2, d.get("k2"), 1e-15, "leak inside the dead zone");
        }
        try (Controller capped = create("hybrid_adaptive_sta_smc", 1.0, Map.of("k_max", 4.0001), HYBRID_GAINS)) {
            capped.computeControl(0, FAR, 0);
            Diagnostics d = capped.diagnostics();
            assertEquals(4.0001, d.get("k1"), 0.0, "k1 clamped to k_max");
            assertEquals(0.4 + DT * 0.5 * Math.abs(d.get("sigma")), d.get("k2"), 1e-15);
            assertEquals(0.0, d.get("v"), 0.0, "no integration while saturated");
        }
    }

    @ParameterizedTest
    @MethodSource("io.dip.controllers.Plugins#slidingModeControllerNames")
    void resetRestoresTheInitialStateAndClearsHistory(String name) {
        try (Controller used = create(name, 150.0, Map.of()); Controller fresh = create(name, 150.0, Map.of())) {
            double[] initial = values(used.diagnostics());
            double[][] states = randomStates(60, 0.3);
            for (double[] x : states) {
                used.computeControl(0, x, 0);
            }
            used.reset();
            assertEquals(0, used.histories().get("sigma").size());
            assertEquals(0, used.histories().get("u").size());
            assertArrayEquals(initial, values(used.diagnostics()), name + " diagnostics after reset");
            for (double[] x : states) {
                assertEquals(fresh.computeControl(0, x, 0), used.computeControl(0, x, 0), 0.0, name);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("io.dip.controllers.Plugins#slidingModeControllerNames")
    void nonFiniteStateGivesZeroRaisesFaultAndLeavesTheStateUntouched(String name) {
        try (Controller faulted = create(name, 150.0, Map.of()); Controller clean = create(name, 150.0, Map.of())) {
            double[][] states = randomStates(20, 0.3);
            for (double[] x : states) {
                faulted.computeControl(0, x, 0);
                clean.computeControl(0, x, 0);
            }
            Diagnostics d = faulted.diagnostics();
            double[] before = values(d);
            int fault = d.indexOf("fault");
            for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                for (int i = 0; i < 6; i++) {
                    double[] x = states[0].clone();
                    x[i] = bad;
                    assertEquals(0.0, faulted.computeControl(0, x, 0), 0.0);
                    assertEquals(1.0, d.value(fault), 0.0);
                }
            }
            double[] overflowing = {1e300, -1e300, 1e300, 1e300, -1e300, 1e300};
            assertEquals(0.0, faulted.computeControl(0, overflowing, 0), 0.0, "non-finite u_raw");
            assertEquals(1.0, d.value(fault), 0.0);
            double[] after = values(d);
            after[fault] = 0.0;
            assertArrayEquals(before, after, name + ": a fault changes only the fault flag");
            assertEquals(20, faulted.histories().get("sigma").size());
            double[] next = {0.01, 0.02, -0.01, 0, 0.1, 0};
            assertEquals(clean.computeControl(0, next, 0), faulted.computeControl(0, next, 0), 0.0);
            assertEquals(0.0, d.value(fault), 0.0, "fault clears on the next finite state");
        }
    }

    @ParameterizedTest
    @MethodSource("io.dip.controllers.Plugins#slidingModeControllerNames")
    void outputIsSaturatedAndStateLengthIsChecked(String name) {
        try (Controller controller = create(name, 20.0, Map.of())) {
            assertEquals(20.0, Math.abs(controller.computeControl(0, new double[] {0, 0.5, -0.5, 0, 0, 0}, 0)), 0.0);
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> controller.computeControl(0, new double[4], 0));
            assertTrue(e.getMessage().contains(name) && e.getMessage().contains("6 components"), e.getMessage());
        }
    }

    private static double[] values(Diagnostics d) {
        double[] out = new double[d.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = d.value(i);
        }
        return out;
    }

    private static double[][] randomStates(int count, double scale) {
        SplittableRandom random = new SplittableRandom(11L);
        double[][] states = new double[count][6];
        for (double[] x : states) {
            for (int i = 0; i < 6; i++) {
                x[i] = scale * (2 * random.nextDouble() - 1);
            }
        }
        return states;
    }
}
