package io.dip.sim.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.sim.config.ConfigLoader;
import io.dip.sim.config.DipConfig;
import io.dip.sim.engine.Scenario;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.sim.testing.PluginJarBuilder;
import io.dip.sim.testing.PluginSources;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The swing-up's stabiliser may come from a plugin jar: the runtime hands its registry to the swing-up provider,
 * which finds the stabiliser there by name; the scenario tells the controller the configured track limit.
 */
class SwingUpStabilizerPluginTest {

    @TempDir
    Path temp;

    @Test
    void aPluginControllerHoldsThePendulumForTheSwingUp() throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        new PluginJarBuilder("acme-feedback.jar")
                .source("com.acme.AcmeFeedbackProvider", PluginSources.controllerProvider(
                        "com.acme.AcmeFeedbackProvider", "Acme-Feedback", "acme fb", ""))
                .service(ControllerProvider.class, "com.acme.AcmeFeedbackProvider")
                .writeTo(plugins);
        DipConfig config = ConfigLoader.parse("""
                simulation:
                  track_limit: 0.9
                controllers:
                  swing_up_smc:
                    stabilizer: acme_feedback
                    stabilizer_gains: [1, 2, 3, 4, 5, 6]
                """, "test", Map.of());
        try (PluginRegistry registry = PluginRegistry.load(plugins)) {
            Scenario scenario = ScenarioFactory.baseScenario(config, registry, "swing_up_smc", null);
            assertEquals(0.9, scenario.controller().spec().trackLimit());
            DynamicsModel nominal = scenario.nominal().create();
            try (Controller controller = scenario.controller().create(DynamicsRef.of(nominal))) {
                double[] nearUpright = {0.01, 0.02, -0.01, 0.0, 0.0, 0.0};
                // hold: the plugin's u = −g·x = −(0.01 + 0.04 − 0.03) = −0.02 N
                assertEquals(-0.02, controller.computeControl(0.0, nearUpright, 0.0), 1e-12);
                assertEquals("hold", controller.diagnostics().valueLabel(controller.diagnostics().indexOf("mode")));
            } finally {
                Reference.reachabilityFence(nominal);
            }
        }
    }
}
