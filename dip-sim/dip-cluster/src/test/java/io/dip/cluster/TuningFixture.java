package io.dip.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dip.api.ParameterSpace;
import io.dip.sim.cluster.ClusterSettings;
import io.dip.sim.cluster.StudyCluster;
import io.dip.sim.cluster.TuningRecipe;
import io.dip.sim.config.ConfigLoader;
import io.dip.sim.config.DipConfig;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.sim.setup.TuningFactory;
import io.dip.sim.tuning.GainTuner;
import io.dip.sim.tuning.Optimizer;
import io.dip.sim.tuning.ProgressListener;
import io.dip.sim.tuning.ScenarioSet;
import io.dip.sim.tuning.TuningReport;
import java.util.List;
import java.util.Map;

/**
 * A small tuning of classical_smc: the configured scenarios (random initial states and parameter draws) plus an
 * extra initial state, a swarm of 8 particles for 4 iterations; its result locally and on a cluster.
 */
final class TuningFixture {

    private static final long SEED = 11;

    private final DipConfig config;
    private final TuningRecipe recipe;
    private final ScenarioSet scenarios;
    private final ParameterSpace space;

    /** With 1 s runs. */
    TuningFixture() {
        this("1.0");
    }

    /** @param duration length of every run (s) */
    TuningFixture(String duration) {
        config = ConfigLoader.parse("seed: 5\n", "test", Map.of(
                "pso.duration", duration,
                "pso.random_initial_states", "3",
                "pso.parameter_draws", "2"));
        recipe = new TuningRecipe(config.toYaml(), ClusterFixture.CONTROLLER, false,
                List.of(new double[] {0.0, 0.12, -0.08, 0.0, 0.0, 0.0}));
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            scenarios = recipe.scenarios(registry);
            space = TuningFactory.searchSpace(registry.controller(ClusterFixture.CONTROLLER), config);
        }
    }

    TuningRecipe recipe() {
        return recipe;
    }

    ScenarioSet scenarios() {
        return scenarios;
    }

    private Optimizer swarm() {
        return TuningFactory.optimizer("pso", 8, 4, config.pso(), "test");
    }

    /** @return the tuning on the local pool of {@code threads} threads */
    TuningReport local(int threads) {
        return new GainTuner(scenarios, space, swarm(), new BatchRunner(threads))
                .run(SEED, ProgressListener.NONE, Map.of());
    }

    /** @return the tuning on the cluster */
    TuningReport on(StudyCluster cluster, ClusterSettings settings) {
        return on(cluster, settings, ProgressListener.NONE);
    }

    /** @return the tuning on the cluster, telling {@code listener} after each iteration */
    TuningReport on(StudyCluster cluster, ClusterSettings settings, ProgressListener listener) {
        return new GainTuner(scenarios, space, swarm(), stop -> cluster.tuning(settings, recipe, null, scenarios, stop))
                .run(SEED, listener, Map.of());
    }

    /** Gains, cost, history, the defaults' cost and the counts must be equal to the last bit. */
    static void assertSameResult(TuningReport expected, TuningReport actual, String where) {
        assertArrayEquals(expected.result().bestPosition(), actual.result().bestPosition(), 0.0, where + ": gains");
        assertEquals(expected.result().bestCost(), actual.result().bestCost(), 0.0, where + ": cost");
        assertArrayEquals(expected.result().costHistory(), actual.result().costHistory(), 0.0, where + ": history");
        assertEquals(expected.defaultCost(), actual.defaultCost(), 0.0, where + ": cost of the defaults");
        assertEquals(expected.result().evaluations(), actual.result().evaluations(), where + ": evaluations");
        assertEquals(expected.simulations(), actual.simulations(), where + ": simulations");
        assertEquals(expected.steps(), actual.steps(), where + ": steps");
    }
}
