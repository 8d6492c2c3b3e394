package io.dip.sim.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParticleSwarmOptimizerTest {

    private static SearchBounds box(int dimension, double lo, double hi) {
        double[] l = new double[dimension];
        double[] u = new double[dimension];
        Arrays.fill(l, lo);
        Arrays.fill(u, hi);
        return new SearchBounds(l, u);
    }

    private static OptimizationResult run(SwarmSettings settings, BatchObjective objective, SearchBounds bounds,
                                          long seed) {
        return new ParticleSwarmOptimizer(settings)
                .minimize(OptimizationProblem.of(objective, bounds, seed), ProgressListener.NONE,
                        new CancellationFlag());
    }

    @Test
    void findsTheMinimumOfAShiftedSphere() {
        double[] centre = {1.5, -2.0, 0.5, 3.0, -1.0};
        var f = new TestObjectives.Recording(TestObjectives.shiftedSphere(centre));
        OptimizationResult r = run(SwarmSettings.DEFAULTS.withIterations(100), f, box(5, -5, 5), 7);
        assertTrue(r.bestCost() < 1e-8, "best cost " + r.bestCost());
        assertArrayEquals(centre, r.bestPosition(), 1e-4);
        assertEquals(40 * 100, r.evaluations());
        assertEquals(100, r.iterations());
        assertEquals(Termination.BUDGET_EXHAUSTED, r.termination());
        assertEquals(f.minCost(), r.bestCost(), 0.0, "the best cost is the lowest cost ever scored");
    }

    @Test
    void findsTheMinimumOfAShiftedRosenbrockValley() {
        double[] shift = {0.5, -1.0};
        OptimizationResult r = run(SwarmSettings.DEFAULTS.withIterations(200),
                new TestObjectives.Recording(TestObjectives.shiftedRosenbrock(shift)), box(2, -3, 3), 11);
        assertArrayEquals(new double[] {1.5, 0.0}, r.bestPosition(), 1e-3);
        assertTrue(r.bestCost() < 1e-6, "best cost " + r.bestCost());
    }

    @Test
    void historyIsTheNonIncreasingBestCostPerIteration() {
        OptimizationResult r = run(SwarmSettings.DEFAULTS.withParticles(10).withIterations(30),
                new TestObjectives.Recording(TestObjectives.shiftedSphere(1, 1)), box(2, -4, 4), 3);
        double[] h = r.costHistory();
        assertEquals(30, h.length);
        for (int i = 1; i < h.length; i++) {
            assertTrue(h[i] <= h[i - 1], "history must not increase at " + i);
        }
        assertEquals(r.bestCost(), h[h.length - 1], 0.0);
    }

    @Test
    void sameSeedGivesTheSameRunToTheLastBitAndAnotherSeedDoesNot() {
        SwarmSettings s = SwarmSettings.DEFAULTS.withParticles(15).withIterations(20);
        SearchBounds b = box(4, -3, 3);
        var f = TestObjectives.shiftedRosenbrock(0.1, 0.2, 0.3, 0.4);
        OptimizationResult a = run(s, new TestObjectives.Recording(f), b, 42);
        OptimizationResult c = run(s, new TestObjectives.Recording(f), b, 42);
        OptimizationResult d = run(s, new TestObjectives.Recording(f), b, 43);
        assertArrayEquals(a.bestPosition(), c.bestPosition(), 0.0);
        assertArrayEquals(a.costHistory(), c.costHistory(), 0.0);
        assertEquals(a.bestCost(), c.bestCost(), 0.0);
        assertFalse(Arrays.equals(a.bestPosition(), d.bestPosition()));
        assertEquals(42, a.seed());
    }

    @Test
    void resultDoesNotDependOnHowTheBatchIsSpreadOverThreads() throws Exception {
        SwarmSettings s = SwarmSettings.DEFAULTS.withParticles(24).withIterations(15);
        SearchBounds b = box(3, -2, 2);
        var f = TestObjectives.shiftedRosenbrock(0.3, -0.2, 0.1);
        List<OptimizationResult> results = new ArrayList<>();
        for (int threads : new int[] {1, 4}) {
            ForkJoinPool pool = new ForkJoinPool(threads);
            try {
                BatchObjective parallel = (points, out) -> pool.submit(() -> IntStream.range(0, points.length)
                        .parallel().forEach(i -> out[i] = f.applyAsDouble(points[i]))).join();
                results.add(run(s, parallel, b, 5));
            } finally {
                pool.shutdown();
            }
        }
        assertArrayEquals(results.get(0).bestPosition(), results.get(1).bestPosition(), 0.0);
        assertArrayEquals(results.get(0).costHistory(), results.get(1).costHistory(), 0.0);
    }

    /**
     * Two particles in one dimension, bounds [0, 10], f(x) = (x − 3)², w = 0.5, c1 = 1, c2 = 2, velocity limit
     * 0.2·10 = 2, initial velocity ±0.1·10 = ±1, with scripted random numbers; every number below is worked out
     * by hand from the update rule of docs/model.md §8.
     */
    @Test
    void firstIterationsMatchAHandComputation() {
        ScriptedRandom random = new ScriptedRandom(
                0.1, 0.6,          // positions: 0 + 10·0.1 = 1, 0 + 10·0.6 = 6
                0.75, 0.25,        // velocities: (2·0.75 − 1)·1 = 0.5, (2·0.25 − 1)·1 = −0.5
                0.5, 0.5,          // move 1, particle 0: r1, r2
                0.2, 0.9,          // move 1, particle 1: r1, r2
                0.4, 0.5,          // move 2, particle 0
                0.3, 0.3);         // move 2, particle 1
        var f = new TestObjectives.Recording(x -> (x[0] - 3) * (x[0] - 3));
        SwarmSettings s = new SwarmSettings(2, 3, 0.5, 1.0, 2.0, 0.2, 0.1, 0.0, 0);
        OptimizationResult r = new ParticleSwarmOptimizer(s).minimize(
                OptimizationProblem.of(f, new SearchBounds(new double[] {0}, new double[] {10}), 9),
                ProgressListener.NONE, new CancellationFlag(), random);
        // iteration 1 scores x = 1 (cost 4) and x = 6 (cost 9): g = 1.
        // move 1: v0 = 0.5·0.5 + 1·0.5·(1 − 1) + 2·0.5·(1 − 1) = 0.25 → x0 = 1.25
        //         v1 = 0.5·(−0.5) + 1·0.2·(6 − 6) + 2·0.9·(1 − 6) = −9.25 → clamped to −2 → x1 = 4
        // iteration 2 scores 1.25 (cost 3.0625 < 4: p0 = 1.25) and 4 (cost 1 < 9: p1 = 4): g = 4.
        // move 2: v0 = 0.5·0.25 + 1·0.4·(1.25 − 1.25) + 2·0.5·(4 − 1.25) = 2.875 → clamped to 2 → x0 = 3.25
        //         v1 = 0.5·(−2) + 1·0.3·(4 − 4) + 2·0.3·(4 − 4) = −1 → x1 = 3
        // iteration 3 scores 3.25 (cost 0.0625) and 3 (cost 0): g = 3.
        double[] expectedPoints = {1, 6, 1.25, 4, 3.25, 3};
        assertEquals(6, f.points.size());
        for (int i = 0; i < expectedPoints.length; i++) {
            assertEquals(expectedPoints[i], f.points.get(i)[0], 1e-15, "point " + i);
        }
        assertArrayEquals(new double[] {4, 1, 0}, r.costHistory(), 1e-15);
        assertArrayEquals(new double[] {3}, r.bestPosition(), 1e-15);
        assertEquals(6, r.evaluations());
        assertEquals(12, random.used(), "2 positions + 2 velocities + 2 moves × 2 particles × (r1, r2)");
    }

    /**
     * One particle, bounds [0, 10], f(x) = (x − 0.5)², w = 1, c1 = 1, c2 = 0: it starts at 0.5 with velocity −1,
     * hits the wall at 0 (velocity zeroed), and is pulled back by its personal best at 0.5 only because the zeroed
     * velocity no longer carries it into the wall.
     */
    @Test
    void aParticleStopsAtAWallAndLosesThatVelocityComponent() {
        ScriptedRandom random = new ScriptedRandom(0.05, 0.0, 0.5, 0.5, 0.5, 0.5);
        var f = new TestObjectives.Recording(x -> (x[0] - 0.5) * (x[0] - 0.5));
        SwarmSettings s = new SwarmSettings(1, 3, 1.0, 1.0, 0.0, 1.0, 0.1, 0.0, 0);
        new ParticleSwarmOptimizer(s).minimize(
                OptimizationProblem.of(f, new SearchBounds(new double[] {0}, new double[] {10}), 1),
                ProgressListener.NONE, new CancellationFlag(), random);
        // x = 0.5, v = −1 → x = −0.5 → wall: x = 0, v = 0; cost 0.25 does not beat 0 so p stays 0.5;
        // v = 1·0 + 1·0.5·(0.5 − 0) = 0.25 → x = 0.25 (with the wall's velocity kept it would be v = −0.75 → 0).
        assertEquals(0.5, f.points.get(0)[0], 1e-15);
        assertEquals(0.0, f.points.get(1)[0], 0.0);
        assertEquals(0.25, f.points.get(2)[0], 1e-15);
    }

    @Test
    void everyScoredPointLiesInTheBoundsAndAnOutsideMinimumEndsOnTheWall() {
        SearchBounds b = new SearchBounds(new double[] {-1, 2, 0}, new double[] {1, 3, 0.5});
        var f = new TestObjectives.Recording(TestObjectives.shiftedSphere(10, -10, 0.25));
        OptimizationResult r = run(SwarmSettings.DEFAULTS.withParticles(20).withIterations(40), f, b, 17);
        for (double[] p : f.points) {
            assertTrue(b.contains(p), "outside the bounds: " + Arrays.toString(p));
        }
        assertEquals(1.0, r.bestPosition()[0], 0.0);
        assertEquals(2.0, r.bestPosition()[1], 0.0);
        assertEquals(0.25, r.bestPosition()[2], 1e-4);
    }

    @Test
    void aFixedDimensionStaysAtItsValue() {
        SearchBounds b = new SearchBounds(new double[] {-1, 4}, new double[] {1, 4});
        var f = new TestObjectives.Recording(TestObjectives.shiftedSphere(0.5, 0));
        OptimizationResult r = run(SwarmSettings.DEFAULTS.withParticles(10).withIterations(30), f, b, 2);
        for (double[] p : f.points) {
            assertEquals(4.0, p[1], 0.0);
        }
        assertEquals(0.5, r.bestPosition()[0], 1e-4);
    }

    @Test
    void equalCostsNeverReplaceABest() {
        long seed = 99;
        SearchBounds b = box(3, -2, 6);
        OptimizationResult r = run(SwarmSettings.DEFAULTS.withParticles(5).withIterations(10),
                new TestObjectives.Recording(x -> 1.0), b, seed);
        // with a constant cost the first particle's initial position (the first three draws) stays the best
        SplittableRandom random = new SplittableRandom(seed);
        double[] first = new double[3];
        for (int i = 0; i < 3; i++) {
            first[i] = -2 + 8 * random.nextDouble();
        }
        assertArrayEquals(first, r.bestPosition(), 0.0);
        assertEquals(1.0, r.bestCost(), 0.0);
    }

    @Test
    void aNaNCostCountsAsTheWorst() {
        var f = new TestObjectives.Recording(x -> x[0] > 0 ? Double.NaN : -x[0]);
        OptimizationResult r = run(SwarmSettings.DEFAULTS.withParticles(10).withIterations(20), f, box(1, -1, 1), 4);
        assertTrue(r.bestPosition()[0] <= 0, "best " + r.bestPosition()[0]);
        assertFalse(Double.isNaN(r.bestCost()));
        for (double h : r.costHistory()) {
            assertFalse(Double.isNaN(h));
        }
    }

    @Test
    void stopsEarlyAfterPatienceIterationsWithoutEnoughImprovement() {
        OptimizationResult r = run(SwarmSettings.DEFAULTS.withParticles(6).withEarlyStop(1e-9, 3),
                new TestObjectives.Recording(x -> 2.5), box(2, 0, 1), 8);
        // iteration 1 sets the best, iterations 2, 3, 4 stall → stop after 4
        assertEquals(4, r.iterations());
        assertEquals(24, r.evaluations());
        assertEquals(Termination.CONVERGED, r.termination());
        assertTrue(r.converged());
    }

    @Test
    void anImprovementResetsThePatienceCount() {
        // best cost per iteration: 10, 10 (stall 1), 5 (improves by 5: reset), 5 (stall 1), 5 (stall 2 → stop)
        double[] costPerIteration = {10, 10, 5, 5, 5, 5, 5};
        int[] calls = {0};
        BatchObjective stepwise = (points, out) -> Arrays.fill(out, 0, points.length, costPerIteration[calls[0]++]);
        OptimizationResult r = run(SwarmSettings.DEFAULTS.withParticles(3).withEarlyStop(1.0, 2), stepwise,
                box(1, 0, 1), 8);
        assertEquals(5, r.iterations());
        assertArrayEquals(new double[] {10, 10, 5, 5, 5}, r.costHistory(), 0.0);
        assertEquals(Termination.CONVERGED, r.termination());
    }

    @Test
    void withoutPatienceTheWholeBudgetRuns() {
        OptimizationResult r = run(SwarmSettings.DEFAULTS.withParticles(3).withIterations(12),
                new TestObjectives.Recording(x -> 2.5), box(1, 0, 1), 8);
        assertEquals(12, r.iterations());
        assertEquals(Termination.BUDGET_EXHAUSTED, r.termination());
    }

    @Test
    void cancellationBetweenIterationsKeepsTheBestSoFar() {
        CancellationFlag flag = new CancellationFlag();
        List<Integer> reported = new ArrayList<>();
        var f = new TestObjectives.Recording(TestObjectives.shiftedSphere(0.3, -0.4));
        ProgressListener cancelAtThree = (iteration, max, best, evaluations) -> {
            reported.add(iteration);
            assertEquals(50, max);
            assertEquals(iteration * 8L, evaluations);
            if (iteration == 3) {
                flag.cancel();
            }
        };
        OptimizationResult r = new ParticleSwarmOptimizer(SwarmSettings.DEFAULTS.withParticles(8))
                .minimize(OptimizationProblem.of(f, box(2, -1, 1), 6), cancelAtThree, flag);
        assertEquals(List.of(1, 2, 3), reported);
        assertEquals(3, r.iterations());
        assertEquals(24, r.evaluations());
        assertTrue(r.cancelled());
        assertEquals(f.minCost(), r.bestCost(), 0.0);
        assertEquals(r.bestCost(), TestObjectives.shiftedSphere(0.3, -0.4).applyAsDouble(r.bestPosition()), 0.0);
    }

    @Test
    void resultCarriesSettingsBoundsAndTiming() {
        SearchBounds b = box(2, -1, 1);
        OptimizationResult r = run(SwarmSettings.DEFAULTS.withParticles(4).withIterations(2),
                new TestObjectives.Recording(x -> x[0]), b, 123);
        assertEquals("pso", r.optimizer());
        assertEquals(b, r.bounds());
        assertEquals(4, r.settings().get("n_particles"));
        assertEquals(2, r.settings().get("iters"));
        assertEquals(0.7298, r.settings().get("w"));
        assertEquals(1.49618, r.settings().get("c1"));
        assertEquals(List.of("n_particles", "iters", "w", "c1", "c2", "velocity_clamp", "initial_velocity", "tol",
                "patience"), List.copyOf(r.settings().keySet()));
        assertTrue(r.wallTime().toNanos() > 0);
    }

    @Test
    void defaultsAreThoseOfTheModel() {
        SwarmSettings d = SwarmSettings.DEFAULTS;
        assertEquals(40, d.particles());
        assertEquals(50, d.iterations());
        assertEquals(0.7298, d.inertia());
        assertEquals(1.49618, d.cognitive());
        assertEquals(1.49618, d.social());
        assertEquals(0.2, d.velocityClamp());
        assertEquals(0.1, d.initialVelocity());
    }

    @Test
    void badSettingsNameTheirKey() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SwarmSettings.DEFAULTS.withParticles(0))
                .getMessage().contains("pso.n_particles"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SwarmSettings.DEFAULTS.withIterations(-1))
                .getMessage().contains("pso.iters"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new SwarmSettings(4, 4, Double.NaN, 1, 1, 0.2, 0.1, 0, 0)).getMessage().contains("pso.w"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new SwarmSettings(4, 4, 0.7, -1, 1, 0.2, 0.1, 0, 0)).getMessage().contains("pso.c1"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new SwarmSettings(4, 4, 0.7, 1, 1, 0, 0.1, 0, 0)).getMessage().contains("pso.velocity_clamp"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SwarmSettings.DEFAULTS.withEarlyStop(-1, 2))
                .getMessage().contains("pso.tol"));
    }
}
