package io.dip.sim.setup;

import io.dip.sim.config.DipConfig;
import io.dip.sim.config.MonteCarloSettings;
import io.dip.sim.engine.Scenario;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.montecarlo.ParameterUncertainty;

/**
 * Builds the Monte Carlo study of a base scenario from the configuration (docs/model.md §9): {@code montecarlo.runs}
 * runs, the plant's parameters drawn with the δ of {@code physics_uncertainty}, the initial state drawn uniformly
 * within {@code ±montecarlo.initial_state_range} around {@code simulation.initial_state}, seeded with the master
 * {@code seed}; the controller keeps its nominal model.
 */
public final class MonteCarloFactory {

    private MonteCarloFactory() {
    }

    /**
     * @param config the effective configuration
     * @param base   the scenario to vary, e.g. {@link ScenarioFactory#baseScenario}
     * @return the study
     */
    public static MonteCarloStudy study(DipConfig config, Scenario base) {
        MonteCarloSettings settings = config.monteCarlo();
        return new MonteCarloStudy(base, settings.runs(), config.seed(),
                ParameterUncertainty.fromMap(config.physicsUncertainty().deltas()), settings.initialStateRange(),
                false);
    }
}
