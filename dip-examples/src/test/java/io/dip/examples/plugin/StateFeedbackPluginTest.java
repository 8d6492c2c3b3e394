package io.dip.examples.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.AbstractController;
import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.Diagnostics;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import io.dip.testkit.holding.HoldingReport;
import io.dip.testkit.holding.HoldingRules;
import io.dip.testkit.measure.AllocationAssertions;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** What a third-party plugin author checks: registration, what the controller holds, the law and zero allocation. */
class StateFeedbackPluginTest {

    private static final double DT = 0.001;

    private final DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);

    @Test
    void isRegisteredAsAControllerService() {
        boolean found = ServiceLoader.load(ControllerProvider.class).stream()
                .anyMatch(p -> p.type() == StateFeedbackProvider.class);
        assertTrue(found, "META-INF/services must list " + StateFeedbackProvider.class.getName());
    }

    @Test
    void holdsOnlyWhatTheAllowListAdmits() {
        HoldingReport classes = HoldingRules.checkClasses(List.of(StateFeedbackController.class));
        assertTrue(classes.passed(), classes.describe());
        try (Controller c = new StateFeedbackProvider().create(ControllerSpec.defaults("state_feedback", DT),
                DynamicsRef.of(nominal))) {
            HoldingReport objects = HoldingRules.inspect(c);
            assertTrue(objects.passed(), objects.describe());
        }
    }

    @Test
    void appliesMinusKTimesTheStateAndSaturates() {
        double[] gains = {1, 2, 3, 4, 5, 6};
        try (Controller c = new StateFeedbackProvider().create(
                new ControllerSpec(gains, DT, 10.0, Options.empty("controllers.state_feedback")),
                DynamicsRef.of(nominal))) {
            double[] x = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6};
            // K·x = 0.1 + 0.4 + 0.9 + 1.6 + 2.5 + 3.6 = 9.1
            assertEquals(-9.1, c.computeControl(0, x, 0), 1e-12);
            assertEquals(-1, c.diagnostics().indexOf(Diagnostics.SIGMA), "a state feedback has no σ");
            double[] far = {10, 0, 0, 0, 0, 0};
            assertEquals(-10.0, c.computeControl(DT, far, 0), 0.0);
            c.computeControl(2 * DT, new double[] {Double.NaN, 0, 0, 0, 0, 0}, 0);
            assertEquals(1.0, c.diagnostics().get(Diagnostics.FAULT));
        }
    }

    @Test
    void rejectsAWrongGainCountAndUnknownOptionsNamingThem() {
        StateFeedbackProvider provider = new StateFeedbackProvider();
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class, () -> provider.create(
                new ControllerSpec(new double[] {1, 2}, DT, 150, Options.empty("controllers.state_feedback")),
                DynamicsRef.of(nominal)));
        assertTrue(count.getMessage().contains("controllers.state_feedback"), count.getMessage());
        IllegalArgumentException option = assertThrows(IllegalArgumentException.class, () -> provider.create(
                new ControllerSpec(null, DT, 150, Options.of("controllers.state_feedback", Map.of("gain", 1))),
                DynamicsRef.of(nominal)));
        assertTrue(option.getMessage().contains("controllers.state_feedback.gain"), option.getMessage());
    }

    @Test
    void computeControlAllocatesNothing() {
        Controller c = new StateFeedbackProvider().create(ControllerSpec.defaults("state_feedback", DT),
                DynamicsRef.of(nominal));
        double[] x = {0.01, 0.02, -0.01, 0.0, 0.1, -0.1};
        AllocationAssertions.assertAllocationFree("state_feedback computeControl", () -> c.computeControl(0, x, 0));
    }

    @Test
    void closedControllerRefusesToCompute() {
        Controller c = new StateFeedbackProvider().create(ControllerSpec.defaults("state_feedback", DT),
                DynamicsRef.of(nominal));
        c.close();
        c.close();
        assertTrue(((AbstractController) c).isClosed());
        assertThrows(IllegalStateException.class, () -> c.computeControl(0, new double[6], 0));
    }
}
