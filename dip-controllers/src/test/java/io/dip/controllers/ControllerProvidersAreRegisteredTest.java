package io.dip.controllers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.ParameterSpace;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The four providers are found by ServiceLoader under their names and aliases, with the gain vectors, defaults and
 * search bounds of docs/model.md §6 and §8, and create controllers with the documented diagnostics.
 */
class ControllerProvidersAreRegisteredTest {

    private static final double[] S0 = {0.1221754344103595, -10.741444838907405, 12.216130357283888,
        0.228386064555021, -0.5586131459112993, 1.6384791698028844};

    private record Expected(Set<String> aliases, List<String> reachingNames, double[] reachingDefaults,
                            List<String> ownDiagnostics) {
    }

    private static final Map<String, Expected> EXPECTED = Map.of(
            "classical_smc", new Expected(Set.of("classic_smc", "smc_classical"), List.of("K", "kd"),
                    new double[] {5, 10}, List.of("K")),
            "sta_smc", new Expected(Set.of("super_twisting", "sta"), List.of("K1", "K2", "kd"),
                    new double[] {50, 50, 6.5}, List.of("v")),
            "adaptive_smc", new Expected(Set.of("adaptive"), List.of("K0", "gamma", "alpha"),
                    new double[] {5, 5, 10}, List.of("K")),
            "hybrid_adaptive_sta_smc", new Expected(Set.of("hybrid", "hybrid_sta"),
                    List.of("k1_0", "k2_0", "gamma1", "gamma2", "kd"), new double[] {5, 5, 110, 50, 35},
                    List.of("v", "k1", "k2")));

    @Test
    void serviceLoaderFindsTheFourSlidingModeControllersAndTheSwingUp() {
        Set<String> names = Plugins.controllerProviders().stream().map(ControllerProvider::name)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = new TreeSet<>(EXPECTED.keySet());
        expected.add("swing_up_smc");
        assertEquals(expected, names);
    }

    @Test
    void aliasesLeadToTheirProvider() {
        for (Map.Entry<String, Expected> e : EXPECTED.entrySet()) {
            assertEquals(e.getValue().aliases(), Plugins.controller(e.getKey()).aliases(), e.getKey());
            for (String alias : e.getValue().aliases()) {
                assertEquals(e.getKey(), Plugins.controller(alias).name(), alias);
            }
            assertTrue(!Plugins.controller(e.getKey()).description().isBlank(), e.getKey());
        }
    }

    @Test
    void gainVectorsStartWithTheSurfaceAndHaveTheModelDefaultsAndBounds() {
        for (Map.Entry<String, Expected> e : EXPECTED.entrySet()) {
            String name = e.getKey();
            Expected expected = e.getValue();
            ParameterSpace space = Plugins.controller(name).gains();
            assertEquals(6 + expected.reachingNames().size(), space.dimension(), name);
            assertEquals(List.of("s0", "s1", "s2", "s3", "s4", "s5"), space.names().subList(0, 6), name);
            assertEquals(expected.reachingNames(), space.names().subList(6, space.dimension()), name);
            double[] defaults = space.defaults();
            double[] lower = space.lowerBounds();
            double[] upper = space.upperBounds();
            for (int i = 0; i < 6; i++) {
                assertEquals(S0[i], defaults[i], 0.0, name + " s" + i);
                assertEquals(Math.min(0.5 * S0[i], 2 * S0[i]), lower[i], 0.0, name + " lower s" + i);
                assertEquals(Math.max(0.5 * S0[i], 2 * S0[i]), upper[i], 0.0, name + " upper s" + i);
                assertEquals(Math.signum(S0[i]), Math.signum(lower[i]), name + " sign of s" + i);
            }
            for (int j = 0; j < expected.reachingDefaults().length; j++) {
                double d = expected.reachingDefaults()[j];
                assertEquals(d, defaults[6 + j], 0.0, name + " default " + expected.reachingNames().get(j));
                assertEquals(0.1, lower[6 + j], 0.0, name + " lower " + expected.reachingNames().get(j));
                assertEquals(10 * d, upper[6 + j], 1e-12, name + " upper " + expected.reachingNames().get(j));
            }
        }
    }

    @Test
    void createdControllersCarryTheirNameAndDiagnostics() {
        DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
        try {
            for (Map.Entry<String, Expected> e : EXPECTED.entrySet()) {
                String name = e.getKey();
                ControllerProvider provider = Plugins.controller(name);
                try (Controller controller = provider.create(ControllerSpec.defaults(name, 1e-3),
                        DynamicsRef.of(nominal))) {
                    assertEquals(name, controller.name());
                    List<String> diagnostics = controller.diagnostics().names();
                    assertEquals(List.of("sigma", "u_eq", "beta", "fault"), diagnostics.subList(0, 4), name);
                    assertEquals(e.getValue().ownDiagnostics(), diagnostics.subList(4, diagnostics.size()), name);
                    assertEquals(1000, controller.histories().get("sigma").capacity(), name);
                    assertEquals(1000, controller.histories().get("u").capacity(), name);
                    assertSame(controller.diagnostics(), controller.diagnostics(), name);
                }
            }
        } finally {
            Reference.reachabilityFence(nominal);
        }
    }
}
