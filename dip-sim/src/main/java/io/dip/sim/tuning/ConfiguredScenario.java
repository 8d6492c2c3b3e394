package io.dip.sim.tuning;

import io.dip.api.Options;
import io.dip.sim.config.CostFunctionSettings;
import io.dip.sim.config.DipConfig;
import io.dip.sim.config.DisturbanceSettings;
import io.dip.sim.config.DisturbanceType;
import io.dip.sim.config.SimulationSettings;
import io.dip.sim.disturbance.BandLimitedNoise;
import io.dip.sim.disturbance.Disturbance;
import io.dip.sim.disturbance.DisturbanceSum;
import io.dip.sim.disturbance.ImpulseDisturbance;
import io.dip.sim.disturbance.SensorModel;
import io.dip.sim.disturbance.SinusoidDisturbance;
import io.dip.sim.disturbance.StepDisturbance;
import io.dip.sim.engine.Scenario;
import io.dip.sim.metrics.CostFunction;
import io.dip.sim.runtime.PluginRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The base scenario of a tuning run, read from the configuration: plant and nominal model
 * ({@code simulation.plant}, {@code simulation.nominal_model} with {@code physics}), integrator and its options,
 * the controller with its options block ({@code controllers.<name>}; gains are the tuner's), actuator and track
 * limits, {@code stop_on_failure}, the {@code disturbances} (summed), the {@code sensor}, the master {@code seed}
 * and the {@code cost_function}. Duration and control period are the tuner's own ({@code pso.duration} and
 * {@code simulation.dt} unless the command line overrides them).
 */
public final class ConfiguredScenario {

    private ConfiguredScenario() {
    }

    /**
     * @param config     the effective configuration
     * @param registry   the installed providers
     * @param controller the controller's name or alias
     * @param duration   run duration (s)
     * @param dt         control period (s)
     * @return the base scenario (initial state {@code simulation.initial_state}, default gains)
     */
    public static Scenario base(DipConfig config, PluginRegistry registry, String controller, double duration,
                                double dt) {
        SimulationSettings sim = config.simulation();
        var provider = registry.controller(controller);
        return Scenario.builder()
                .name(provider.name())
                .plant(registry.dynamics(sim.plant()), config.physics())
                .nominal(registry.dynamics(sim.nominalModel()), config.physics())
                .integrator(registry.integrator(sim.integrator()),
                        Options.of(SimulationSettings.INTEGRATOR_OPTIONS_PATH, sim.integratorOptions()))
                .controller(provider, null, config.controllerOptions(provider.name()))
                .initialState(sim.initialState())
                .duration(duration)
                .dt(dt)
                .maxForce(sim.maxForce())
                .trackLimit(sim.trackLimit())
                .stopOnFailure(sim.stopOnFailure())
                .disturbance(disturbance(config.disturbances(), config.seed()))
                .sensor(new SensorModel(config.sensor().noiseStd(), config.sensor().quantization()))
                .seed(config.seed())
                .costFunction(costFunction(config.costFunction()))
                .build();
    }

    /**
     * @param settings the {@code cost_function} section
     * @return the engine's cost function with the same weights, norms, penalty and combination
     */
    static CostFunction costFunction(CostFunctionSettings settings) {
        return new CostFunction(settings.weights().stateError(), settings.weights().controlEffort(),
                settings.weights().controlRate(), settings.weights().sliding(), settings.norms().stateError(),
                settings.norms().controlEffort(), settings.norms().controlRate(), settings.norms().sliding(),
                settings.failurePenalty(), settings.combine().mean(), settings.combine().max());
    }

    /**
     * @param items      the {@code disturbances} list
     * @param masterSeed the configuration's seed, for noise without a seed of its own
     * @return none, the single disturbance, or their sum
     */
    static Disturbance disturbance(List<DisturbanceSettings> items, long masterSeed) {
        List<Disturbance> parts = new ArrayList<>();
        for (DisturbanceSettings item : items) {
            Map<String, Double> p = item.parameters();
            parts.add(switch (DisturbanceType.of(item.type())) {
                case STEP -> new StepDisturbance(p.get("amplitude"), p.get("start"));
                case IMPULSE -> new ImpulseDisturbance(p.get("amplitude"), p.get("start"), p.get("width"));
                case SINUSOID -> new SinusoidDisturbance(p.get("amplitude"), p.get("frequency"), p.get("phase"),
                        p.get("start"));
                case WHITE_NOISE -> new BandLimitedNoise(p.get("std"), p.get("bandwidth"),
                        p.containsKey("seed") ? p.get("seed").longValue() : masterSeed);
            });
        }
        if (parts.isEmpty()) {
            return Disturbance.none();
        }
        return parts.size() == 1 ? parts.get(0) : new DisturbanceSum(parts);
    }
}
