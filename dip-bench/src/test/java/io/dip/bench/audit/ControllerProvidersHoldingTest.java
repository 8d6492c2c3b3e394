package io.dip.bench.audit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsProvider;
import io.dip.api.DynamicsRef;
import io.dip.api.PhysicalParameters;
import io.dip.testkit.holding.HoldingReport;
import io.dip.testkit.holding.HoldingRules;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every {@link ControllerProvider} that ServiceLoader finds on the class path holds only what the allow-list
 * admits: its controller class statically, and its objects once created over every {@link DynamicsProvider}'s
 * model and run.
 */
class ControllerProvidersHoldingTest {

    private static final double DT = 0.01;
    private static final double[] STATE = {0.0, 0.1, -0.05, 0.0, 0.0, 0.0};

    static Stream<ControllerProvider> controllerProviders() {
        List<ControllerProvider> providers = ServiceLoader.load(ControllerProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertFalse(providers.isEmpty(), "ServiceLoader finds no ControllerProvider on the class path");
        return providers.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("controllerProviders")
    void holdsOnlyWhatTheAllowListAdmits(ControllerProvider provider) {
        List<DynamicsProvider> models = ServiceLoader.load(DynamicsProvider.class).stream()
                .map(ServiceLoader.Provider::get).toList();
        assertFalse(models.isEmpty(), "ServiceLoader finds no DynamicsProvider on the class path");
        int judged = 0;
        for (DynamicsProvider modelProvider : models) {
            DynamicsModel model = modelProvider.create(PhysicalParameters.DEFAULTS);
            Controller created;
            try {
                created = provider.create(ControllerSpec.defaults(provider.name(), DT), DynamicsRef.of(model));
            } catch (IllegalArgumentException refused) {
                // a controller may refuse a nominal model it cannot work with (the swing-up and the linear model),
                // with a message; it is judged over the models it accepts
                assertFalse(refused.getMessage().isBlank(), provider.name() + " over " + modelProvider.name());
                continue;
            }
            judged++;
            try (Controller controller = created) {
                HoldingReport classes = HoldingRules.checkClasses(List.of(controller.getClass(), provider.getClass()));
                assertTrue(classes.controllersJudged().contains(controller.getClass().getName()), classes.describe());
                assertTrue(classes.passed(), classes.describe());
                assertPasses(HoldingRules.inspect(controller), "created over " + modelProvider.name());
                double u = 0.0;
                for (int i = 0; i < HoldingAuditor.CALLS_BEFORE_WALK; i++) {
                    u = controller.computeControl(i * DT, STATE, u);
                }
                assertPasses(HoldingRules.inspect(controller), "after running over " + modelProvider.name());
            }
        }
        assertTrue(judged > 0, provider.name() + " accepts none of the models " + models);
    }

    private static void assertPasses(HoldingReport report, String when) {
        assertTrue(report.passed(), when + ":\n" + report.describe());
    }
}
