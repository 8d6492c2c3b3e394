package io.dip.sim.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CmaEsOptimizerTest {

    private static final SearchBounds BOX = new SearchBounds(new double[] {-5, -5, -5, -5},
            new double[] {5, 5, 5, 5});

    private static OptimizationResult run(CmaEsSettings settings, BatchObjective f, SearchBounds b, long seed) {
        return new CmaEsOptimizer(settings).minimize(OptimizationProblem.of(f, b, seed), ProgressListener.NONE,
                new CancellationFlag());
    }

    @Test
    void findsTheMinimumOfAShiftedSphere() {
        double[] centre = {1.5, -2.0, 0.5, 3.0};
        var f = new TestObjectives.Recording(TestObjectives.shiftedSphere(centre));
        OptimizationResult r = run(CmaEsSettings.DEFAULTS.withGenerations(200), f, BOX, 3);
        assertArrayEquals(centre, r.bestPosition(), 1e-4);
        assertTrue(r.bestCost() < 1e-8, "best cost " + r.bestCost());
        assertEquals(f.minCost(), r.bestCost(), 0.0);
        assertEquals("cmaes", r.optimizer());
    }

    @Test
    void findsTheMinimumOfAShiftedRosenbrockValley() {
        var f = new TestObjectives.Recording(TestObjectives.shiftedRosenbrock(0.5, -1.0));
        OptimizationResult r = run(CmaEsSettings.DEFAULTS.withGenerations(400),
                f, new SearchBounds(new double[] {-3, -3}, new double[] {3, 3}), 5);
        assertArrayEquals(new double[] {1.5, 0.0}, r.bestPosition(), 1e-3);
    }

    @Test
    void aFullBudgetScoresTheStartPointThenLambdaPointsPerGeneration() {
        // far from converged after 10 generations, so only the budget can end the run
        var f = new TestObjectives.Recording(TestObjectives.shiftedSphere(1, 2, 3, 4));
        OptimizationResult r = run(CmaEsSettings.DEFAULTS.withGenerations(10), f, BOX, 3);
        int lambda = 4 + (int) Math.floor(3 * Math.log(4));
        assertEquals(10, r.iterations());
        assertEquals(1 + lambda * 10L, r.evaluations());
        assertEquals(f.points.size(), r.evaluations());
        assertEquals(Termination.BUDGET_EXHAUSTED, r.termination());
        assertArrayEquals(BOX.centre(), f.points.get(0), 0.0);
    }

    @Test
    void sameSeedGivesTheSameRunAndAnotherSeedDoesNot() {
        var f = TestObjectives.shiftedRosenbrock(0.1, 0.2, 0.3, 0.4);
        CmaEsSettings s = CmaEsSettings.DEFAULTS.withGenerations(30);
        OptimizationResult a = run(s, new TestObjectives.Recording(f), BOX, 8);
        OptimizationResult b = run(s, new TestObjectives.Recording(f), BOX, 8);
        OptimizationResult c = run(s, new TestObjectives.Recording(f), BOX, 9);
        assertArrayEquals(a.bestPosition(), b.bestPosition(), 0.0);
        assertArrayEquals(a.costHistory(), b.costHistory(), 0.0);
        assertFalse(Arrays.equals(a.bestPosition(), c.bestPosition()));
    }

    @Test
    void everyScoredPointLiesInTheBounds() {
        SearchBounds b = new SearchBounds(new double[] {-1, 2}, new double[] {1, 3});
        var f = new TestObjectives.Recording(TestObjectives.shiftedSphere(10, -10));
        OptimizationResult r = run(CmaEsSettings.DEFAULTS.withGenerations(60), f, b, 1);
        for (double[] p : f.points) {
            assertTrue(b.contains(p), "outside the bounds: " + Arrays.toString(p));
        }
        assertArrayEquals(new double[] {1, 2}, r.bestPosition(), 1e-6);
    }

    @Test
    void startsAtTheInitialGuess() {
        var f = new TestObjectives.Recording(TestObjectives.shiftedSphere(0, 0, 0, 0));
        new CmaEsOptimizer(CmaEsSettings.DEFAULTS.withGenerations(2)).minimize(
                new OptimizationProblem(f, BOX, new double[] {1, 2, 3, 9}, 1), ProgressListener.NONE,
                new CancellationFlag());
        assertArrayEquals(new double[] {1, 2, 3, 5}, f.points.get(0), 0.0, "guess clamped into the box");
    }

    @Test
    void cancellationAtAGenerationBoundaryKeepsTheBestSoFar() {
        CancellationFlag flag = new CancellationFlag();
        List<Integer> reported = new ArrayList<>();
        var f = new TestObjectives.Recording(TestObjectives.shiftedSphere(1, 1, 1, 1));
        OptimizationResult r = new CmaEsOptimizer(CmaEsSettings.DEFAULTS.withPopulationSize(6)).minimize(
                OptimizationProblem.of(f, BOX, 2), (iteration, max, best, evaluations) -> {
                    reported.add(iteration);
                    assertEquals(1 + 6L * iteration, evaluations);
                    if (iteration == 4) {
                        flag.cancel();
                    }
                }, flag);
        assertEquals(List.of(1, 2, 3, 4), reported);
        assertTrue(r.cancelled());
        assertEquals(4, r.iterations());
        assertEquals(25, r.evaluations());
        assertEquals(f.points.size(), r.evaluations());
        assertEquals(f.minCost(), r.bestCost(), 0.0);
    }

    @Test
    void aFixedDimensionIsRejectedWithItsIndex() {
        SearchBounds b = new SearchBounds(new double[] {0, 1}, new double[] {1, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(CmaEsSettings.DEFAULTS, (p, o) -> { }, b, 1));
        assertTrue(e.getMessage().contains("dimension 1"), e.getMessage());
    }

    @Test
    void badSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CmaEsSettings(1, 10, 0.3, true));
        assertThrows(IllegalArgumentException.class, () -> new CmaEsSettings(0, 0, 0.3, true));
        assertThrows(IllegalArgumentException.class, () -> new CmaEsSettings(0, 10, 0, true));
        assertThrows(IllegalArgumentException.class, () -> new CmaEsSettings(0, 10, 1.5, true));
    }
}
