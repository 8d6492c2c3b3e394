package io.dip.sim.tuning;

import io.dip.api.PhysicalParameters;
import io.dip.api.StateIndex;
import io.dip.sim.engine.Scenario;
import io.dip.sim.montecarlo.ParameterUncertainty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds the scenario sets the tuner scores gains on, from a base scenario (plant, integrator, controller,
 * duration, dt, disturbance, sensor and cost function of the configuration).
 *
 * <p>Every random number comes from one {@link SplittableRandom}, in a documented order, so a set is a pure
 * function of its inputs. Scenario {@code i} of a set gets the run seed {@code base.seed() + i}, and the base's
 * disturbance re-seeded with it. The plant of a drawn scenario gets drawn parameters; the controller keeps its
 * nominal model (docs/model.md §9).
 */
public final class TuningScenarios {

    /** Seed of the robust set: fixed, so that "the robust set" is one benchmark whatever the tuning seed. */
    public static final long ROBUST_SEED = 20_240_601L;
    /** Relative parameter uncertainty of every robust scenario (±5 %, gravity exact). */
    public static final double ROBUST_UNCERTAINTY = 0.05;

    /** One group of the robust set: how many scenarios and the half-range of their θ1, θ2 perturbations. */
    private record Group(String name, int count, double amplitude) {
    }

    private static final List<Group> ROBUST_GROUPS = List.of(
            new Group("small", 3, 0.05), new Group("moderate", 4, 0.15), new Group("large", 8, 0.3));

    private TuningScenarios() {
    }

    /**
     * The set of the {@code pso} section: the nominal initial states, then {@code randomStates} states drawn with
     * each component {@code i} uniform in {@code ±randomRange[i]}; each state runs on the nominal plant when
     * {@code parameterDraws} is 0, else on {@code parameterDraws} drawn plants.
     *
     * <p>Draw order: the random states (state by state, component by component), then the plants (state by state
     * in the order above, draw by draw, 13 numbers each — see {@link ParameterUncertainty#draw}).
     *
     * @param base           the base scenario (its initial state is not used)
     * @param initialStates  nominal initial states ({@code pso.initial_states}), each of length 6
     * @param randomStates   number of random initial states ({@code pso.random_initial_states}), ≥ 0
     * @param randomRange    half-range per state component ({@code pso.random_initial_range}), length 6, ≥ 0
     * @param parameterDraws plants drawn per initial state ({@code pso.parameter_draws}), ≥ 0
     * @param uncertainty    δ per physical parameter ({@code physics_uncertainty})
     * @param seed           seed of the draws
     * @return the set, {@code (states + randomStates)·max(1, parameterDraws)} scenarios
     */
    public static ScenarioSet configured(Scenario base, List<double[]> initialStates, int randomStates,
                                         double[] randomRange, int parameterDraws, ParameterUncertainty uncertainty,
                                         long seed) {
        if (randomStates < 0) {
            throw new IllegalArgumentException("pso.random_initial_states must be >= 0, got " + randomStates);
        }
        if (parameterDraws < 0) {
            throw new IllegalArgumentException("pso.parameter_draws must be >= 0, got " + parameterDraws);
        }
        if (randomStates > 0) {
            checkRange(randomRange);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>();
        List<double[]> states = new ArrayList<>();
        for (int i = 0; i < initialStates.size(); i++) {
            double[] x0 = initialStates.get(i);
            if (x0 == null || x0.length != StateIndex.DIMENSION) {
                throw new IllegalArgumentException("pso.initial_states[" + i + "] needs " + StateIndex.DIMENSION
                        + " values");
            }
            names.add("state-" + (i + 1));
            states.add(x0.clone());
        }
        for (int i = 0; i < randomStates; i++) {
            double[] x0 = new double[StateIndex.DIMENSION];
            for (int c = 0; c < x0.length; c++) {
                x0[c] = randomRange[c] * (2.0 * random.nextDouble() - 1.0);
            }
            names.add("random-" + (i + 1));
            states.add(x0);
        }
        if (states.isEmpty()) {
            throw new IllegalArgumentException("pso.initial_states is empty and pso.random_initial_states is 0: "
                    + "no scenario to tune on");
        }
        List<Scenario> scenarios = new ArrayList<>();
        PhysicalParameters nominal = base.plant().parameters();
        for (int s = 0; s < states.size(); s++) {
            if (parameterDraws == 0) {
                scenarios.add(variant(base, scenarios.size(), names.get(s), states.get(s), nominal));
            }
            for (int d = 0; d < parameterDraws; d++) {
                PhysicalParameters drawn = uncertainty.draw(nominal, random);
                scenarios.add(variant(base, scenarios.size(), names.get(s) + "-draw-" + (d + 1), states.get(s),
                        drawn));
            }
        }
        return new ScenarioSet("configured", seed, scenarios);
    }

    /**
     * The robust set ({@code --robust}): 15 scenarios — 3 small, 4 moderate and 8 large perturbations, θ1 and θ2
     * uniform in ±0.05, ±0.15 and ±0.3 rad (the other components 0) — each on its own plant drawn with ±5 %
     * uncertainty on every parameter but gravity. Drawn from {@link #ROBUST_SEED}, scenario by scenario: θ1, θ2,
     * then the 13 parameters.
     *
     * @param base the base scenario (its initial state is not used)
     * @return the 15 scenarios
     */
    public static ScenarioSet robust(Scenario base) {
        SplittableRandom random = new SplittableRandom(ROBUST_SEED);
        ParameterUncertainty uncertainty = robustUncertainty();
        PhysicalParameters nominal = base.plant().parameters();
        List<Scenario> scenarios = new ArrayList<>();
        for (Group group : ROBUST_GROUPS) {
            for (int i = 0; i < group.count(); i++) {
                double[] x0 = new double[StateIndex.DIMENSION];
                x0[StateIndex.THETA1] = group.amplitude() * (2.0 * random.nextDouble() - 1.0);
                x0[StateIndex.THETA2] = group.amplitude() * (2.0 * random.nextDouble() - 1.0);
                PhysicalParameters drawn = uncertainty.draw(nominal, random);
                scenarios.add(variant(base, scenarios.size(), group.name() + "-" + (i + 1), x0, drawn));
            }
        }
        return new ScenarioSet("robust", ROBUST_SEED, scenarios);
    }

    /**
     * Adds scenarios on the nominal plant, one per extra initial state (named {@code extra-1}, ...), after the
     * set's own.
     *
     * @param set    a scenario set
     * @param base   the base scenario it was built from
     * @param states the extra initial states, each of length 6
     * @return the set with the extra scenarios (the same set when there are none)
     */
    public static ScenarioSet withExtraStates(ScenarioSet set, Scenario base, List<double[]> states) {
        if (states.isEmpty()) {
            return set;
        }
        List<Scenario> scenarios = new ArrayList<>(set.scenarios());
        for (int i = 0; i < states.size(); i++) {
            double[] x0 = states.get(i);
            if (x0 == null || x0.length != StateIndex.DIMENSION) {
                throw new IllegalArgumentException("extra initial state " + (i + 1) + " needs " + StateIndex.DIMENSION
                        + " values (x, θ1, θ2, ẋ, θ̇1, θ̇2)");
            }
            scenarios.add(variant(base, scenarios.size(), "extra-" + (i + 1), x0, base.plant().parameters()));
        }
        return new ScenarioSet(set.kind() + "+extra", set.seed(), scenarios);
    }

    /** @return ±{@link #ROBUST_UNCERTAINTY} on every physical parameter but gravity */
    private static ParameterUncertainty robustUncertainty() {
        Map<String, Double> deltas = new LinkedHashMap<>();
        for (String key : PhysicalParameters.KEYS) {
            deltas.put(key, key.equals("gravity") ? 0.0 : ROBUST_UNCERTAINTY);
        }
        return ParameterUncertainty.fromMap(deltas);
    }

    private static Scenario variant(Scenario base, int index, String name, double[] x0,
                                    PhysicalParameters plantParameters) {
        long runSeed = base.seed() + index;
        // the builder keeps the base's nominal model: only the simulated plant gets the drawn parameters
        return base.toBuilder()
                .name(name)
                .initialState(x0)
                .plant(base.plant().withParameters(plantParameters))
                .seed(runSeed)
                .disturbance(base.disturbance().reseeded(runSeed))
                .build();
    }

    private static void checkRange(double[] range) {
        if (range == null || range.length != StateIndex.DIMENSION) {
            throw new IllegalArgumentException("pso.random_initial_range needs " + StateIndex.DIMENSION + " values");
        }
        for (int i = 0; i < range.length; i++) {
            if (!(range[i] >= 0) || !Double.isFinite(range[i])) {
                throw new IllegalArgumentException("pso.random_initial_range[" + i + "] must be finite and >= 0, got "
                        + range[i]);
            }
        }
    }
}
