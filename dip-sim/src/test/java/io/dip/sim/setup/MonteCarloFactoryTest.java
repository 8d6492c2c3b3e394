package io.dip.sim.setup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.dip.sim.config.ConfigLoader;
import io.dip.sim.config.DipConfig;
import io.dip.sim.engine.Scenario;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.runtime.PluginRegistry;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MonteCarloFactoryTest {

    @Test
    void theStudyTakesTheMonteCarloAndUncertaintySectionsAndTheSeed() {
        DipConfig config = ConfigLoader.parse("""
                seed: 17
                montecarlo:
                  runs: 33
                  initial_state_range: [0.01, 0.2, 0.1, 0.0, 0.0, 0.05]
                physics_uncertainty:
                  cart_mass: 0.3
                  joint1_friction: 0.0
                """, "test", Map.of());
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            Scenario base = ScenarioFactory.baseScenario(config, registry, "adaptive_smc", null);
            MonteCarloStudy study = MonteCarloFactory.study(config, base);
            assertSame(base, study.base());
            assertEquals(33, study.runs());
            assertEquals(17L, study.seed());
            assertArrayEquals(new double[] {0.01, 0.2, 0.1, 0.0, 0.0, 0.05}, study.initialStateHalfWidth());
            assertEquals(0.3, study.uncertainty().delta("cart_mass"));
            assertEquals(0.0, study.uncertainty().delta("joint1_friction"));
            assertEquals(0.05, study.uncertainty().delta("pendulum1_mass"), "docs/model.md §9 default for masses");
            assertEquals(0.1, study.uncertainty().delta("cart_friction"), "docs/model.md §9 default for frictions");
            assertEquals(0.0, study.uncertainty().delta("gravity"));
            assertFalse(study.perturbNominal(), "the controller keeps its nominal model");
        }
    }
}
