package io.dip.sim.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NelderMeadOptimizerTest {

    private static OptimizationResult run(NelderMeadSettings s, BatchObjective f, SearchBounds b, double[] guess) {
        return new NelderMeadOptimizer(s).minimize(new OptimizationProblem(f, b, guess, 0), ProgressListener.NONE,
                new CancellationFlag());
    }

    @Test
    void convergesOnAShiftedSphere() {
        SearchBounds b = new SearchBounds(new double[] {-5, -5, -5}, new double[] {5, 5, 5});
        var f = new TestObjectives.Recording(TestObjectives.shiftedSphere(1.5, -2, 0.5));
        OptimizationResult r = run(NelderMeadSettings.DEFAULTS, f, b, null);
        assertEquals(Termination.CONVERGED, r.termination());
        assertArrayEquals(new double[] {1.5, -2, 0.5}, r.bestPosition(), 1e-4);
        assertEquals(f.minCost(), r.bestCost(), 0.0);
        assertEquals(f.points.size(), r.evaluations());
        assertArrayEquals(b.centre(), f.points.get(0), 0.0, "no guess: starts at the centre");
    }

    @Test
    void convergesOnAShiftedRosenbrockValleyFromAGuess() {
        SearchBounds b = new SearchBounds(new double[] {-3, -3}, new double[] {3, 3});
        var f = new TestObjectives.Recording(TestObjectives.shiftedRosenbrock(0.5, -1.0));
        OptimizationResult r = run(NelderMeadSettings.DEFAULTS.withEvaluations(5000), f, b, new double[] {-1, 1});
        assertArrayEquals(new double[] {1.5, 0.0}, r.bestPosition(), 1e-3);
        assertArrayEquals(new double[] {-1, 1}, f.points.get(0), 0.0);
    }

    @Test
    void verticesOutsideTheBoxAreScoredAtTheirProjection() {
        SearchBounds b = new SearchBounds(new double[] {-1, 2}, new double[] {1, 3});
        var f = new TestObjectives.Recording(TestObjectives.shiftedSphere(10, -10));
        OptimizationResult r = run(NelderMeadSettings.DEFAULTS, f, b, null);
        for (double[] p : f.points) {
            assertTrue(b.contains(p), "outside the bounds: " + Arrays.toString(p));
        }
        assertArrayEquals(new double[] {1, 2}, r.bestPosition(), 0.0);
    }

    @Test
    void theEvaluationBudgetEndsTheRun() {
        SearchBounds b = new SearchBounds(new double[] {-3, -3}, new double[] {3, 3});
        var f = new TestObjectives.Recording(TestObjectives.shiftedRosenbrock(0, 0));
        OptimizationResult r = run(NelderMeadSettings.DEFAULTS.withEvaluations(40), f, b, null);
        assertEquals(Termination.BUDGET_EXHAUSTED, r.termination());
        assertTrue(r.evaluations() >= 40 && r.evaluations() <= 40 + 2 + 2, "evaluations " + r.evaluations());
        OptimizationResult s = run(NelderMeadSettings.DEFAULTS.withIterations(7), f, b, null);
        assertEquals(7, s.iterations());
        assertEquals(7, s.costHistory().length);
    }

    @Test
    void isDeterministic() {
        SearchBounds b = new SearchBounds(new double[] {-3, -3, -3}, new double[] {3, 3, 3});
        var f = TestObjectives.shiftedRosenbrock(0.2, 0.1, -0.3);
        OptimizationResult a = run(NelderMeadSettings.DEFAULTS, new TestObjectives.Recording(f), b, null);
        OptimizationResult c = run(NelderMeadSettings.DEFAULTS, new TestObjectives.Recording(f), b, null);
        assertArrayEquals(a.bestPosition(), c.bestPosition(), 0.0);
        assertArrayEquals(a.costHistory(), c.costHistory(), 0.0);
    }

    @Test
    void cancellationKeepsTheBestSoFar() {
        CancellationFlag flag = new CancellationFlag();
        SearchBounds b = new SearchBounds(new double[] {-3, -3}, new double[] {3, 3});
        var f = new TestObjectives.Recording(TestObjectives.shiftedRosenbrock(0.5, 0.5));
        OptimizationResult r = new NelderMeadOptimizer(NelderMeadSettings.DEFAULTS).minimize(
                new OptimizationProblem(f, b, null, 0), (iteration, max, best, evaluations) -> {
                    assertEquals(f.points.size(), evaluations);
                    if (iteration == 5) {
                        flag.cancel();
                    }
                }, flag);
        assertTrue(r.cancelled());
        assertEquals(5, r.iterations());
        assertEquals(f.minCost(), r.bestCost(), 0.0);
    }

    @Test
    void badSettingsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new NelderMeadSettings(0, 10, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new NelderMeadSettings(10, 0, 0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new NelderMeadSettings(10, 10, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new NelderMeadSettings(10, 10, 0.1, -1));
    }
}
