package io.dip.controllers.swingup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.Controller;
import io.dip.api.ControllerCatalog;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.controllers.ClassicalSmcProvider;
import io.dip.dynamics.FullDynamics;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The provider: gains and options with their validation, the stabiliser found by name in the catalog it is given
 * (a plugin's too), and the plan cache.
 */
class SwingUpProviderTest {

    private static final String PATH = "controllers.swing_up_smc";
    private final DynamicsModel model = new FullDynamics(PhysicalParameters.DEFAULTS);

    private Controller create(double[] gains, Map<String, ?> options) {
        return new SwingUpSmcProvider().create(new ControllerSpec(gains, 1e-3, 150, Options.of(PATH, options), 1.0),
                DynamicsRef.of(model));
    }

    private String failure(double[] gains, Map<String, ?> options) {
        try {
            return assertThrows(IllegalArgumentException.class, () -> create(gains, options).close()).getMessage();
        } finally {
            Reference.reachabilityFence(model);
        }
    }

    @Test
    void gainsAreTheSwitchingThresholdsWithDefaultsAndBounds() {
        SwingUpSmcProvider provider = new SwingUpSmcProvider();
        assertEquals("swing_up_smc", provider.name());
        assertEquals(List.of("enter_angle", "enter_rate", "leave_angle", "abort_error"), provider.gains().names());
        double[] defaults = provider.gains().defaults();
        for (int i = 0; i < defaults.length; i++) {
            assertTrue(provider.gains().lowerBounds()[i] <= defaults[i]
                    && defaults[i] <= provider.gains().upperBounds()[i]);
        }
    }

    @Test
    void badGainsAndOptionsAreRefusedWithTheirPath() {
        assertTrue(failure(new double[] {0.1, 1}, Map.of()).contains("expected 4 gains"));
        assertTrue(failure(new double[] {0.1, 1, 0.05, 0.8}, Map.of()).contains("leave_angle"));
        assertTrue(failure(new double[] {0.1, -1, 0.4, 0.8}, Map.of()).contains("enter_rate"));
        assertTrue(failure(null, Map.of("stabiliser", "sta_smc")).contains("unknown key " + PATH + ".stabiliser"));
        assertTrue(failure(null, Map.of("stabilizer", "nope")).contains(PATH + ".stabilizer: unknown controller 'nope'"));
        assertTrue(failure(null, Map.of("stabilizer", "swing_up")).contains("must be a stabilising controller"));
        assertTrue(failure(null, Map.of("stabilizer", 3)).contains(PATH + ".stabilizer must be a controller name"));
        assertTrue(failure(null, Map.of("track_limit", -1.0)).contains(PATH + ".track_limit must be > 0"));
        assertTrue(failure(null, Map.of("stabilizer_gains", List.of(1.0))).contains("gains"));
        assertTrue(failure(null, Map.of("stabilizer_options", Map.of("boundary_layer", -1.0)))
                .contains(PATH + ".stabilizer_options.boundary_layer"));
    }

    @Test
    void theStabiliserIsFoundByNameInTheGivenCatalog() {
        List<String> asked = new ArrayList<>();
        ControllerCatalog plugins = name -> {
            asked.add(name);
            return name.equals("acme_balance") ? Optional.<ControllerProvider>of(new ClassicalSmcProvider())
                    : Optional.empty();
        };
        ControllerSpec spec = new ControllerSpec(null, 1e-3, 150, Options.of(PATH, Map.of("stabilizer",
                "acme_balance")), 1.0);
        try (Controller controller = new SwingUpSmcProvider().create(spec, DynamicsRef.of(model), plugins)) {
            assertEquals("swing_up_smc", controller.name());
            double[] upright = {0, 0.01, 0, 0, 0, 0};
            controller.computeControl(0, upright, 0);
            assertEquals("hold", controller.diagnostics().valueLabel(controller.diagnostics().indexOf("mode")));
            assertTrue(controller.diagnostics().get("sigma") != 0.0, "the stabiliser's σ is published");
        } finally {
            Reference.reachabilityFence(model);
        }
        assertEquals(List.of("acme_balance"), asked);
    }

    @Test
    void plansAreCachedPerNominalModelAndLimits() {
        SwingUpPlan first = SwingUpPlanCache.plan(model, 1e-3, 150, 1.0);
        assertSame(first, SwingUpPlanCache.plan(new FullDynamics(PhysicalParameters.DEFAULTS), 1e-3, 150, 1.0));
        assertSame(first, SwingUpPlanCache.plan(model, 1e-3, 150, 5.0), "beyond 1 m the track does not matter");
        assertNotSame(first, SwingUpPlanCache.plan(model, 1e-3, 150, 0.8));
        assertTrue(first.peakPosition() <= SwingUpPlanner.TRACK_SHARE * 1.0 * 1.05);
        assertTrue(first.peakForce() <= 150);
        assertEquals(0, first.steps() % 10, "a whole number of 10 ms design periods");
    }

    @Test
    void closeClosesTheStabiliserAndReleasesTheModel() {
        DynamicsRef ref = DynamicsRef.of(model);
        Controller controller = new SwingUpSmcProvider().create(new ControllerSpec(null, 1e-3, 150,
                Options.empty(PATH), 1.0), ref);
        controller.close();
        controller.close();
        assertTrue(((SwingUpSmc) controller).isClosed());
        assertTrue(ref.isReleased());
        assertThrows(IllegalStateException.class, () -> controller.computeControl(0, new double[6], 0));
        Reference.reachabilityFence(model);
    }
}
