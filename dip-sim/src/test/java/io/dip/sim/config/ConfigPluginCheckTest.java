package io.dip.sim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.sim.runtime.PluginRegistry;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks configurations against the providers registered on the test class path. */
class ConfigPluginCheckTest {

    private static final String VALID = """
            simulation:
              plant: fixture_point_mass
              nominal_model: Fixture-PM
              integrator: fixture_euler
            controllers:
              fixture_feedback:
                gains: [1, 2, 3, 4, 5, 6]
                history_capacity: 10
            pso:
              bounds:
                fixture_feedback: {min: [0, 0, 0, 0, 0, 0], max: [9, 9, 9, 9, 9, 9]}
            """;

    private static PluginRegistry registry;

    @BeforeAll
    static void openRegistry() {
        registry = PluginRegistry.load(null);
    }

    @AfterAll
    static void closeRegistry() {
        registry.close();
    }

    private static String error(Map<String, String> overrides) {
        DipConfig config = ConfigLoader.parse(VALID, "dip.yaml", overrides);
        return assertThrows(ConfigException.class, () -> ConfigPluginCheck.verify(config, registry)).getMessage();
    }

    @Test
    void aConfigurationNamingInstalledProvidersPasses() {
        ConfigPluginCheck.verify(ConfigLoader.parse(VALID, "dip.yaml", Map.of()), registry);
    }

    @Test
    void anUnknownPlantListsTheInstalledModels() {
        String message = error(Map.of("simulation.plant", "warp_drive"));
        assertTrue(message.startsWith("simulation.plant: unknown dynamics model 'warp_drive'; available: "), message);
        assertTrue(message.contains("fixture_point_mass (fixture_pm)"), message);
    }

    @Test
    void anUnknownIntegratorIsNamed() {
        String message = error(Map.of("simulation.integrator", "leapfrog_9"));
        assertTrue(message.startsWith("simulation.integrator: unknown integrator 'leapfrog_9'; available: "),
                message);
    }

    @Test
    void anUnknownControllerEntryIsNamed() {
        String message = error(Map.of("controllers.ghost_smc.gains", "[1]"));
        assertTrue(message.startsWith("controllers.ghost_smc: unknown controller 'ghost_smc'; available: "),
                message);
    }

    @Test
    void anAliasAsControllerKeyAsksForTheName() {
        assertEquals("controllers.fixture_fb: 'fixture_fb' is an alias of controller 'fixture_feedback'; write the "
                + "name, fixture_feedback", error(Map.of("controllers.fixture_fb.history_capacity", "5")));
    }

    @Test
    void aWrongGainCountNamesTheGains() {
        assertEquals("controllers.fixture_feedback.gains must hold 6 numbers (k_x, k_theta1, k_theta2, k_x_dot, "
                + "k_theta1_dot, k_theta2_dot), got 3", error(Map.of("controllers.fixture_feedback.gains", "[1, 2, 3]")));
        assertEquals("pso.bounds.fixture_feedback.min must hold 6 numbers (k_x, k_theta1, k_theta2, k_x_dot, "
                + "k_theta1_dot, k_theta2_dot), got 2",
                error(Map.of("pso.bounds.fixture_feedback", "{min: [0, 0], max: [1, 1]}")));
    }

    @Test
    void optionsAProviderRejectsAreReportedWithTheirPath() {
        assertEquals("unknown key simulation.integrator_options.atol (allowed: )",
                error(Map.of("simulation.integrator_options.atol", "1e-9")));
        assertEquals("controllers.fixture_feedback.history_capacity must be an integer in [1, 1000000], got 0",
                error(Map.of("controllers.fixture_feedback.history_capacity", "0")));
    }
}
