package io.dip.dynamics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsProvider;
import io.dip.api.IntegratorProvider;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.integrators.DormandPrince45;
import io.dip.dynamics.integrators.ExplicitEuler;
import io.dip.dynamics.integrators.RungeKutta4;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The models and integrators are found through {@link ServiceLoader} under their docs/model.md names. */
class ProvidersTest {

    private static Map<String, DynamicsProvider> dynamicsProviders() {
        Map<String, DynamicsProvider> byName = new TreeMap<>();
        ServiceLoader.load(DynamicsProvider.class).forEach(p -> byName.put(p.name(), p));
        return byName;
    }

    private static Map<String, IntegratorProvider> integratorProviders() {
        Map<String, IntegratorProvider> byName = new TreeMap<>();
        ServiceLoader.load(IntegratorProvider.class).forEach(p -> byName.put(p.name(), p));
        return byName;
    }

    @Test
    void dynamicsProvidersCreateTheirModels() {
        Map<String, DynamicsProvider> providers = dynamicsProviders();
        assertEquals(Set.of("full", "simplified", "linear"), providers.keySet());
        assertInstanceOf(FullDynamics.class, providers.get("full").create(PhysicalParameters.DEFAULTS));
        assertInstanceOf(SimplifiedDynamics.class, providers.get("simplified").create(PhysicalParameters.DEFAULTS));
        DynamicsModel linear = providers.get("linear").create(PhysicalParameters.DEFAULTS);
        assertInstanceOf(LinearDynamics.class, linear);
        assertEquals(Set.of("lowrank"), providers.get("linear").aliases());
        for (DynamicsProvider provider : providers.values()) {
            DynamicsModel model = provider.create(PhysicalParameters.DEFAULTS);
            assertEquals(provider.name(), model.name());
            assertSame(PhysicalParameters.DEFAULTS, model.parameters());
            assertFalse(provider.description().isBlank());
        }
    }

    @Test
    void integratorProvidersCreateTheirIntegrators() {
        Map<String, IntegratorProvider> providers = integratorProviders();
        assertEquals(Set.of("euler", "rk4", "rk45"), providers.keySet());
        DynamicsModel model = new FullDynamics(PhysicalParameters.DEFAULTS);
        Options none = Options.empty("simulation.integrator.options");
        assertInstanceOf(ExplicitEuler.class, providers.get("euler").create(model, none));
        assertInstanceOf(RungeKutta4.class, providers.get("rk4").create(model, none));
        assertInstanceOf(DormandPrince45.class, providers.get("rk45").create(model, none));
        for (IntegratorProvider provider : providers.values()) {
            assertEquals(provider.name(), provider.create(model, none).name());
            assertFalse(provider.description().isBlank());
        }
    }

    @Test
    void fixedStepIntegratorsRejectEveryOption() {
        DynamicsModel model = new FullDynamics(PhysicalParameters.DEFAULTS);
        Options withTolerance = Options.of("simulation.integrator.options", Map.of("atol", 1e-9));
        for (String name : new String[] {"euler", "rk4"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> integratorProviders().get(name).create(model, withTolerance));
            assertTrue(e.getMessage().contains("simulation.integrator.options.atol"), e.getMessage());
        }
    }
}
