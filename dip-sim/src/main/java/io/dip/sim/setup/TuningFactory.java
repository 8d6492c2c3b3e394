package io.dip.sim.setup;

import io.dip.api.ControllerProvider;
import io.dip.api.ParameterSpace;
import io.dip.sim.config.DipConfig;
import io.dip.sim.config.GainBounds;
import io.dip.sim.config.PsoSettings;
import io.dip.sim.engine.Scenario;
import io.dip.sim.montecarlo.ParameterUncertainty;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.sim.tuning.BoundsOverrides;
import io.dip.sim.tuning.CmaEsOptimizer;
import io.dip.sim.tuning.CmaEsSettings;
import io.dip.sim.tuning.NelderMeadOptimizer;
import io.dip.sim.tuning.NelderMeadSettings;
import io.dip.sim.tuning.Optimizer;
import io.dip.sim.tuning.ParticleSwarmOptimizer;
import io.dip.sim.tuning.ScenarioSet;
import io.dip.sim.tuning.SwarmSettings;
import io.dip.sim.tuning.TuningScenarios;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Builds what a gain tuning needs from the effective configuration, so that every front end ({@code dip tune}, the
 * dashboard) tunes the same way: the search space (the provider's gains with the configured baseline and
 * {@code pso.bounds}), the optimiser and the scenario set.
 */
public final class TuningFactory {

    private TuningFactory() {
    }

    /**
     * @param provider the controller to tune
     * @param config   the effective configuration
     * @return the provider's gains, with {@code controllers.<name>.gains} as the baseline when configured and the
     *         bounds of {@code pso.bounds.<name>}
     * @throws IllegalArgumentException for a configured gain vector of the wrong length or bounds that do not fit
     */
    public static ParameterSpace searchSpace(ControllerProvider provider, DipConfig config) {
        String name = provider.name();
        ParameterSpace space = provider.gains();
        double[] configured = config.controllerGains(name);
        if (configured != null) {
            if (configured.length != space.dimension()) {
                throw new IllegalArgumentException("controllers." + name + ".gains needs " + space.dimension()
                        + " values " + space.names() + ", got " + configured.length);
            }
            List<ParameterSpace.Parameter> withBaseline = new ArrayList<>();
            for (int i = 0; i < space.dimension(); i++) {
                ParameterSpace.Parameter p = space.parameters().get(i);
                withBaseline.add(new ParameterSpace.Parameter(p.name(), configured[i], p.lower(), p.upper(),
                        p.description()));
            }
            space = new ParameterSpace(withBaseline);
        }
        GainBounds fromConfig = config.pso().bounds().get(name);
        if (fromConfig != null) {
            space = BoundsOverrides.fromConfig(space, fromConfig, PsoSettings.SECTION + ".bounds." + name);
        }
        return space;
    }

    /**
     * @param name       {@code pso}, {@code cmaes} or {@code nelder-mead} (case and {@code -}/{@code _} ignored)
     * @param particles  swarm size (CMA-ES: population size; Nelder–Mead: budget factor), ≥ 1
     * @param iterations iterations, ≥ 1
     * @param pso        the {@code pso} section (the swarm's coefficients)
     * @param source     how messages name the optimiser's origin, e.g. {@code --optimizer}
     * @return the optimiser
     * @throws IllegalArgumentException for another name
     */
    public static Optimizer optimizer(String name, int particles, int iterations, PsoSettings pso, String source) {
        String chosen = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (chosen) {
            case "pso" -> new ParticleSwarmOptimizer(new SwarmSettings(particles, iterations, pso.w(), pso.c1(),
                    pso.c2(), pso.velocityClamp(), pso.initialVelocity(), pso.tol(), pso.patience()));
            case "cmaes" -> new CmaEsOptimizer(CmaEsSettings.DEFAULTS.withPopulationSize(Math.max(2, particles))
                    .withGenerations(iterations));
            case "nelder_mead" -> new NelderMeadOptimizer(NelderMeadSettings.DEFAULTS
                    .withIterations(particles * iterations).withEvaluations(particles * iterations));
            default -> throw new IllegalArgumentException(source + " must be pso, cmaes or nelder-mead, got '"
                    + name + "'");
        };
    }

    /**
     * Builds the scenario set of a tuning from its description, the same on every machine: the base scenario of
     * {@code controller} with the tuning duration {@code pso.duration}, the set of {@link #scenarios}, and the extra
     * initial states on the nominal plant.
     *
     * @param config      the effective configuration
     * @param registry    the plugins
     * @param controller  the controller's canonical name
     * @param robust      the robust set instead of the configured one
     * @param extraStates initial states added on the nominal plant (each of six values)
     * @return the scenarios each gain vector is scored on
     */
    public static ScenarioSet scenarioSet(DipConfig config, PluginRegistry registry, String controller,
            boolean robust, List<double[]> extraStates) {
        Scenario base = ScenarioFactory.baseScenario(config, registry, controller, null).toBuilder()
                .duration(config.pso().duration())
                .build();
        return TuningScenarios.withExtraStates(scenarios(config, base, robust), base, extraStates);
    }

    /**
     * @param config the effective configuration
     * @param base   the scenario to vary (its duration is the tuning duration)
     * @param robust the robust set of {@link TuningScenarios#robust} instead of the configured one
     * @return the scenarios each gain vector is scored on: the robust set, or the {@code pso} initial states,
     *         random initial states and parameter draws seeded with the configuration's seed
     */
    public static ScenarioSet scenarios(DipConfig config, Scenario base, boolean robust) {
        if (robust) {
            return TuningScenarios.robust(base);
        }
        PsoSettings pso = config.pso();
        return TuningScenarios.configured(base, Arrays.asList(pso.initialStates()), pso.randomInitialStates(),
                pso.randomInitialRange(), pso.parameterDraws(),
                ParameterUncertainty.fromMap(config.physicsUncertainty().deltas()), config.seed());
    }
}
