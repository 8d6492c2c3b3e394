package io.dip.sim.setup;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.ParameterSpace;
import io.dip.sim.config.CostFunctionSettings;
import io.dip.sim.config.CostTerms;
import io.dip.sim.config.DipConfig;
import io.dip.sim.config.DisturbanceSettings;
import io.dip.sim.config.SensorSettings;
import io.dip.sim.config.SimulationSettings;
import io.dip.sim.disturbance.BandLimitedNoise;
import io.dip.sim.disturbance.CounterRandom;
import io.dip.sim.disturbance.Disturbance;
import io.dip.sim.disturbance.DisturbanceSum;
import io.dip.sim.disturbance.ImpulseDisturbance;
import io.dip.sim.disturbance.SensorModel;
import io.dip.sim.disturbance.SinusoidDisturbance;
import io.dip.sim.disturbance.StepDisturbance;
import io.dip.sim.engine.Scenario;
import io.dip.sim.metrics.CostFunction;
import io.dip.sim.runtime.PluginKind;
import io.dip.sim.runtime.PluginRegistry;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the base {@link Scenario} of a controller from the effective configuration, resolving every provider name
 * through the plugin registry:
 *
 * <ul>
 *   <li>plant: provider {@code simulation.plant} with the {@code physics} parameters; the controller's nominal
 *       model: provider {@code simulation.nominal_model} with the same parameters;</li>
 *   <li>integrator: provider {@code simulation.integrator} with {@code simulation.integrator_options};</li>
 *   <li>controller: the named provider (a name or an alias) with the given gains, else
 *       {@code controllers.<name>.gains}, else the provider's defaults, and the options of
 *       {@code controllers.<name>}; its control period is {@code simulation.dt} and its limit
 *       {@code simulation.max_force};</li>
 *   <li>{@code simulation.initial_state}, {@code duration}, {@code dt}, {@code max_force}, {@code track_limit},
 *       {@code stop_on_failure}; the master {@code seed} as the run seed;</li>
 *   <li>the {@code disturbances} list as one summed force ({@link #disturbance}), the {@code sensor} section
 *       ({@link #sensor}) and the {@code cost_function} section ({@link #costFunction}).</li>
 * </ul>
 *
 * <p>Callers vary the base scenario with {@link Scenario#toBuilder()} and {@link Scenario#withGains}: the gain
 * tuner scores gain vectors on it, Monte Carlo draws plants and initial states around it.
 */
public final class ScenarioFactory {

    private ScenarioFactory() {
    }

    /**
     * @param config         the effective configuration (already checked against {@code registry})
     * @param registry       the installed providers
     * @param controllerName the controller's name or alias
     * @param gainsOrNull    the controller's gain vector, or null for {@code controllers.<name>.gains} (else the
     *                       provider's defaults)
     * @return the validated scenario, named after the controller's canonical name; the controller has been created
     *         once and closed, so gains and options the provider rejects fail here, before anything runs
     * @throws io.dip.sim.runtime.PluginException when no provider answers to a name
     * @throws IllegalArgumentException           for a gain vector of the wrong length or values a provider rejects
     */
    public static Scenario baseScenario(DipConfig config, PluginRegistry registry, String controllerName,
            double[] gainsOrNull) {
        String controller = canonicalControllerName(registry, controllerName);
        ControllerProvider provider = registry.controller(controller);
        double[] gains = gainsOrNull != null ? gainsOrNull.clone() : config.controllerGains(controller);
        if (gains != null) {
            requireGainCount(controller, provider.gains(), gains.length);
        }
        SimulationSettings simulation = config.simulation();
        Scenario scenario = Scenario.builder()
                .name(controller)
                .plant(registry.dynamics(simulation.plant()), config.physics())
                .nominal(registry.dynamics(simulation.nominalModel()), config.physics())
                .integrator(registry.integrator(simulation.integrator()), simulation.integratorOptionBlock())
                .maxForce(simulation.maxForce())
                .dt(simulation.dt())
                .controller(provider, gains, config.controllerOptions(controller))
                .controllerCatalog(name -> registry.find(PluginKind.CONTROLLER, name))
                .initialState(simulation.initialState())
                .duration(simulation.duration())
                .trackLimit(simulation.trackLimit())
                .stopOnFailure(simulation.stopOnFailure())
                .disturbance(disturbance(config))
                .sensor(sensor(config.sensor()))
                .seed(config.seed())
                .costFunction(costFunction(config.costFunction()))
                .build();
        checkControllerAccepts(scenario);
        return scenario;
    }

    /**
     * @param registry the installed providers
     * @param name     a controller name or alias
     * @return the canonical name of the controller provider answering to {@code name}
     * @throws io.dip.sim.runtime.PluginException naming the installed controllers when none answers
     */
    public static String canonicalControllerName(PluginRegistry registry, String name) {
        return registry.info(PluginKind.CONTROLLER, name).name();
    }

    private static void requireGainCount(String controller, ParameterSpace space, int count) {
        if (count != space.dimension()) {
            throw new IllegalArgumentException("controller " + controller + " takes " + space.dimension()
                    + " gains (" + String.join(", ", space.names()) + "), got " + count);
        }
    }

    /** Creates the controller once against the nominal model and closes it: providers validate at creation. */
    private static void checkControllerAccepts(Scenario scenario) {
        DynamicsModel nominal = scenario.nominal().create();
        Controller controller = scenario.controller().create(DynamicsRef.of(nominal));
        controller.close();
        Reference.reachabilityFence(nominal);
    }

    /**
     * The {@code disturbances} list as one force on the cart:
     * {@code step} → {@link StepDisturbance}, {@code impulse} → {@link ImpulseDisturbance}, {@code sinusoid} →
     * {@link SinusoidDisturbance}, {@code white_noise} → {@link BandLimitedNoise} (seed: the item's {@code seed}, else
     * {@link CounterRandom#derive}(config seed, item index)). No item: the zero force; several: their sum.
     *
     * @param config the configuration
     * @return the disturbance of a run seeded with {@code config.seed()}
     */
    public static Disturbance disturbance(DipConfig config) {
        List<DisturbanceSettings> items = config.disturbances();
        List<Disturbance> forces = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            forces.add(disturbance(items.get(i), CounterRandom.derive(config.seed(), i)));
        }
        if (forces.isEmpty()) {
            return Disturbance.none();
        }
        return forces.size() == 1 ? forces.get(0) : new DisturbanceSum(forces);
    }

    private static Disturbance disturbance(DisturbanceSettings item, long derivedSeed) {
        return switch (item.kind()) {
            case STEP -> new StepDisturbance(item.get("amplitude"), item.get("start"));
            case IMPULSE -> new ImpulseDisturbance(item.get("amplitude"), item.get("start"), item.get("width"));
            case SINUSOID -> new SinusoidDisturbance(item.get("amplitude"), item.get("frequency"), item.get("phase"),
                    item.get("start"));
            case WHITE_NOISE -> new BandLimitedNoise(item.get("std"), item.get("bandwidth"),
                    item.seed().orElse(derivedSeed));
        };
    }

    /**
     * @param settings the {@code sensor} section
     * @return the identity for a perfect sensor, else noise then quantisation per component
     */
    public static SensorModel sensor(SensorSettings settings) {
        return settings.isPerfect() ? SensorModel.IDENTITY
                : new SensorModel(settings.noiseStd(), settings.quantization());
    }

    /**
     * @param settings the {@code cost_function} section
     * @return the cost J of docs/model.md §7 with its weights, norms, failure penalty and mean/max combination
     */
    public static CostFunction costFunction(CostFunctionSettings settings) {
        CostTerms w = settings.weights();
        CostTerms n = settings.norms();
        return new CostFunction(w.stateError(), w.controlEffort(), w.controlRate(), w.sliding(), n.stateError(),
                n.controlEffort(), n.controlRate(), n.sliding(), settings.failurePenalty(),
                settings.combine().mean(), settings.combine().max());
    }
}
