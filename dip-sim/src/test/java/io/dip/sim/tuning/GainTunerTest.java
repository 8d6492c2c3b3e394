package io.dip.sim.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.ParameterSpace;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.montecarlo.ParameterUncertainty;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GainTunerTest {

    private static final Map<String, String> VERSIONS = Map.of("dip", "test", "java", "17");

    private static ScenarioSet scenarios(String controller) {
        return TuningScenarios.configured(TuningFixtures.base(controller, 1.0, 0.01),
                List.of(new double[] {0, 0.1, -0.05, 0, 0, 0}, new double[] {0, -0.2, 0.15, 0, 0, 0}), 1,
                new double[] {0, 0.2, 0.2, 0, 0, 0}, 1, ParameterUncertainty.DEFAULTS, 9);
    }

    private static TuningReport tune(String controller, int threads, long seed) {
        ParameterSpace space = TuningFixtures.controller(controller).gains();
        GainTuner tuner = new GainTuner(scenarios(controller), space,
                new ParticleSwarmOptimizer(SwarmSettings.DEFAULTS.withParticles(6).withIterations(4)),
                new BatchRunner(threads));
        return tuner.run(seed, ProgressListener.NONE, VERSIONS);
    }

    @Test
    void sameSeedGivesBitIdenticalGainsOnOneAndFourThreads() {
        TuningReport one = tune("sta_smc", 1, 21);
        TuningReport four = tune("sta_smc", 4, 21);
        assertArrayEquals(one.result().bestPosition(), four.result().bestPosition(), 0.0);
        assertEquals(one.result().bestCost(), four.result().bestCost(), 0.0);
        assertArrayEquals(one.result().costHistory(), four.result().costHistory(), 0.0);
        assertEquals(one.defaultCost(), four.defaultCost(), 0.0);
        assertEquals(3 + 6 * 4 * 3, one.simulations(), "3 runs of the defaults, then 6 particles × 4 iterations × 3");
        assertEquals(24, one.result().evaluations());
    }

    @Test
    void reportDescribesTheRun() {
        TuningReport r = tune("classical_smc", 2, 3);
        assertEquals("classical_smc", r.controller());
        assertEquals(3, r.scenarios().get("count"));
        assertTrue(Double.isFinite(r.defaultCost()));
        assertTrue(Double.isFinite(r.result().bestCost()));
        assertTrue(BoundsOverrides.of(r.gains()).contains(r.result().bestPosition()));
        assertEquals(VERSIONS, r.versions());
        assertEquals(List.of("s0", "s1", "s2", "s3", "s4", "s5", "K", "kd"), r.bestGains().names());
    }

    @Test
    void boundsOutsideAGainsDomainAreRejectedBeforeTuning() {
        ParameterSpace space = BoundsOverrides.override(TuningFixtures.controller("classical_smc").gains(),
                BoundsOverrides.parse("K=-1:5"), "--bounds");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GainTuner(
                scenarios("classical_smc"), space, new ParticleSwarmOptimizer(SwarmSettings.DEFAULTS),
                new BatchRunner(1)));
        assertTrue(e.getMessage().contains("lower bounds") && e.getMessage().contains("K"), e.getMessage());
    }

    @Test
    void cancelStopsTheRunAndKeepsTheBestGains() {
        ParameterSpace space = TuningFixtures.controller("classical_smc").gains();
        AtomicReference<GainTuner> tuner = new AtomicReference<>();
        tuner.set(new GainTuner(scenarios("classical_smc"), space,
                new ParticleSwarmOptimizer(SwarmSettings.DEFAULTS.withParticles(4).withIterations(50)),
                new BatchRunner(2)));
        TuningReport r = tuner.get().run(5, (iteration, max, best, evaluations) -> {
            if (iteration == 2) {
                tuner.get().cancel();
            }
        }, VERSIONS);
        assertTrue(r.result().cancelled());
        assertEquals(2, r.result().iterations());
        assertTrue(Double.isFinite(r.result().bestCost()));
    }
}
