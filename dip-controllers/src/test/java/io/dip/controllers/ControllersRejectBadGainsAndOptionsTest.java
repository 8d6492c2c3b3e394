package io.dip.controllers;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Creation fails with an {@link IllegalArgumentException} naming the controller and the offending gain or option
 * path: wrong gain count, non-finite gains, gains outside the law's domain, unknown option keys, bad option values.
 */
class ControllersRejectBadGainsAndOptionsTest {

    private static final List<String> NAMES = Plugins.slidingModeControllerNames().toList();

    private final DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);

    private IllegalArgumentException rejected(String name, double[] gains, Map<String, ?> options) {
        ControllerProvider provider = Plugins.controller(name);
        ControllerSpec spec = new ControllerSpec(gains, 1e-3, 150.0, Options.of("controllers." + name, options));
        return assertThrows(IllegalArgumentException.class, () -> provider.create(spec, DynamicsRef.of(nominal)),
                name + " accepted " + options);
    }

    private static void assertMessage(IllegalArgumentException e, String... parts) {
        for (String part : parts) {
            assertTrue(e.getMessage().contains(part), "message '" + e.getMessage() + "' lacks '" + part + "'");
        }
    }

    private static double[] defaults(String name) {
        return Plugins.controller(name).gains().defaults();
    }

    @ParameterizedTest
    @MethodSource("io.dip.controllers.Plugins#slidingModeControllerNames")
    void wrongGainCount(String name) {
        int expected = defaults(name).length;
        assertMessage(rejected(name, new double[] {1, 2, 3}, Map.of()),
                "controllers." + name + ": expected " + expected + " gains", "got 3");
        assertMessage(rejected(name, new double[expected + 1], Map.of()), "got " + (expected + 1));
    }

    @ParameterizedTest
    @MethodSource("io.dip.controllers.Plugins#slidingModeControllerNames")
    void nonFiniteGains(String name) {
        double[] gains = defaults(name);
        gains[1] = Double.NaN;
        assertMessage(rejected(name, gains, Map.of()), "controllers." + name + ": gain s1 must be finite, got NaN");
        gains = defaults(name);
        gains[gains.length - 1] = Double.POSITIVE_INFINITY;
        String last = Plugins.controller(name).gains().names().get(gains.length - 1);
        assertMessage(rejected(name, gains, Map.of()),
                "controllers." + name + ": gain " + last + " must be finite, got Infinity");
    }

    @ParameterizedTest(name = "{0}: {1} = {2}")
    @CsvSource({
        "classical_smc, K, 0, > 0", "classical_smc, K, -1, > 0", "classical_smc, kd, -1, >= 0",
        "sta_smc, K1, 0, > 0", "sta_smc, K2, -1, > 0", "sta_smc, kd, -0.5, >= 0",
        "adaptive_smc, K0, 0, > 0", "adaptive_smc, gamma, -1, >= 0", "adaptive_smc, alpha, -2, >= 0",
        "hybrid_adaptive_sta_smc, k1_0, 0, > 0", "hybrid_adaptive_sta_smc, k2_0, -1, > 0",
        "hybrid_adaptive_sta_smc, gamma1, -1, >= 0", "hybrid_adaptive_sta_smc, gamma2, -1, >= 0",
        "hybrid_adaptive_sta_smc, kd, -1, >= 0"
    })
    void reachingGainsOutsideTheirDomain(String name, String gain, double value, String requirement) {
        double[] gains = defaults(name);
        gains[Plugins.controller(name).gains().indexOf(gain)] = value;
        assertMessage(rejected(name, gains, Map.of()),
                "controllers." + name + ": gain " + gain + " must be " + requirement + ", got " + value);
    }

    @ParameterizedTest
    @MethodSource("io.dip.controllers.Plugins#slidingModeControllerNames")
    void unknownOptionKey(String name) {
        assertMessage(rejected(name, null, Map.of("boundary_layr", 0.1)),
                "unknown key controllers." + name + ".boundary_layr", "boundary_layer");
    }

    @ParameterizedTest
    @MethodSource("io.dip.controllers.Plugins#slidingModeControllerNames")
    void badCommonOptionValues(String name) {
        String path = "controllers." + name + ".";
        assertMessage(rejected(name, null, Map.of("boundary_layer", 0.0)), path + "boundary_layer must be > 0");
        assertMessage(rejected(name, null, Map.of("boundary_layer", "wide")), path + "boundary_layer must be a number");
        assertMessage(rejected(name, null, Map.of("switch_method", "signum")), path + "switch_method must be one of");
        assertMessage(rejected(name, null, Map.of("equivalent_control", "yes")),
                path + "equivalent_control must be true or false");
        assertMessage(rejected(name, null, Map.of("history_capacity", 0)), path + "history_capacity must be an integer");
        assertMessage(rejected(name, null, Map.of("history_capacity", 2.5)), path + "history_capacity must be an integer");
        assertMessage(rejected(name, null, Map.of("surface", List.of(1, 2))), path + "surface must hold 6 numbers");
        assertMessage(rejected(name, null, Map.of("surface", "lqr")), path + "surface must be a list of 6 numbers or");
        assertMessage(rejected(name, null, Map.of("surface", Map.of())), path + "surface must hold the key lqr");
        assertMessage(rejected(name, null, Map.of("surface", Map.of("lqr", Map.of("s", 1)))),
                "unknown key " + path + "surface.lqr.s");
        assertMessage(rejected(name, null, Map.of("surface", Map.of("lqr", Map.of("q", List.of(1, -1, 1, 1, 1, 1))))),
                path + "surface.lqr.q[1] must be >= 0");
        assertMessage(rejected(name, null, Map.of("surface", Map.of("lqr", Map.of("r", 0)))),
                path + "surface.lqr.r must be > 0");
        assertMessage(rejected(name, null, Map.of("surface", Map.of("lqr", Map.of("q", List.of(0, 0, 0, 0, 0, 0))))),
                path + "surface.lqr: Riccati equation has no stabilising solution");
    }

    @Test
    void badSuperTwistingOptionValues() {
        assertMessage(rejected("sta_smc", null, Map.of("integral_limit", 0)),
                "controllers.sta_smc.integral_limit must be > 0, got 0.0");
    }

    @Test
    void badAdaptiveOptionValues() {
        String name = "adaptive_smc";
        assertMessage(rejected(name, null, Map.of("leak_rate", -0.1)), "controllers.adaptive_smc.leak_rate must be >= 0");
        assertMessage(rejected(name, null, Map.of("dead_zone", -1)), "controllers.adaptive_smc.dead_zone must be >= 0");
        assertMessage(rejected(name, null, Map.of("K_min", 0)), "controllers.adaptive_smc.K_min must be > 0");
        assertMessage(rejected(name, null, Map.of("K_min", 2, "K_max", 1)),
                "controllers.adaptive_smc.K_max must be >= controllers.adaptive_smc.K_min = 2.0, got 1.0");
        assertMessage(rejected(name, null, Map.of("adapt_rate_limit", 0)),
                "controllers.adaptive_smc.adapt_rate_limit must be > 0");
        assertMessage(rejected(name, null, Map.of("integral_limit", 1)), "unknown key controllers.adaptive_smc.integral_limit");
    }

    @Test
    void badHybridOptionValues() {
        String name = "hybrid_adaptive_sta_smc";
        String path = "controllers." + name + ".";
        assertMessage(rejected(name, null, Map.of("leak_rate", -1)), path + "leak_rate must be >= 0");
        assertMessage(rejected(name, null, Map.of("dead_zone", -1)), path + "dead_zone must be >= 0");
        assertMessage(rejected(name, null, Map.of("k_max", 0)), path + "k_max must be > 0");
        assertMessage(rejected(name, null, Map.of("integral_limit", -3)), path + "integral_limit must be > 0");
        assertMessage(rejected(name, null, Map.of("k_max", 3)),
                "controllers." + name + ": gain k1_0 must be <= " + path + "k_max = 3.0, got 5.0");
    }

    @Test
    void classicalHasNoOwnOptions() {
        assertMessage(rejected("classical_smc", null, Map.of("integral_limit", 1)),
                "unknown key controllers.classical_smc.integral_limit");
    }

    @Test
    void nullArguments() {
        for (String name : NAMES) {
            ControllerProvider provider = Plugins.controller(name);
            assertMessage(assertThrows(IllegalArgumentException.class,
                    () -> provider.create(null, DynamicsRef.of(nominal))), name, "spec must not be null");
            assertMessage(assertThrows(IllegalArgumentException.class,
                    () -> provider.create(ControllerSpec.defaults(name, 1e-3), null)), name,
                    "nominal dynamics reference must not be null");
        }
    }
}
