package io.dip.dynamics.integrators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.DynamicsModel;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Step control, sub-step budget, reset and options of rk45 (docs/model.md §4). */
class DormandPrince45Test {

    private static final String PATH = "simulation.integrator.options";
    private static final DynamicsModel MODEL = new FullDynamics(PhysicalParameters.DEFAULTS);
    /** A fast, far-from-upright state: a 0.1 s period needs several sub-steps at the default tolerances. */
    private static final double[] WILD = {0.5, 1.2, -1.0, 2.0, 6.0, -8.0};
    private static final double U = 40.0;

    @Test
    void adaptiveSubStepsEndExactlyAtTheControlInstantAndAreAccurate() {
        DormandPrince45 rk45 = new DormandPrince45(MODEL, DormandPrince45Tolerances.DEFAULTS);
        double[] out = new double[6];
        rk45.step(WILD, U, 0.1, out);
        assertTrue(rk45.lastAcceptedSubSteps() > 1, "accepted " + rk45.lastAcceptedSubSteps());
        assertTrue(rk45.lastRejectedSubSteps() >= 1, "rejected " + rk45.lastRejectedSubSteps());
        double[] reference = WILD.clone();
        RungeKutta4 fine = new RungeKutta4(MODEL);
        for (int k = 0; k < 20_000; k++) {
            fine.step(reference, U, 0.1 / 20_000, reference);
        }
        for (int i = 0; i < 6; i++) {
            // tolerance-proportional accuracy: a few hundred times rtol·|x| over a dozen sub-steps
            assertEquals(reference[i], out[i], 1e-4 * (1 + Math.abs(reference[i])), "component " + i);
        }
    }

    @Test
    void tighterTolerancesTakeMoreSubStepsAndGetCloser() {
        DormandPrince45 loose = new DormandPrince45(MODEL, new DormandPrince45Tolerances(1e-6, 1e-4, 100_000));
        DormandPrince45 tight = new DormandPrince45(MODEL, new DormandPrince45Tolerances(1e-11, 1e-10, 100_000));
        double[] a = new double[6];
        double[] b = new double[6];
        loose.step(WILD, U, 0.1, a);
        tight.step(WILD, U, 0.1, b);
        assertTrue(tight.lastAcceptedSubSteps() > loose.lastAcceptedSubSteps());
        double[] reference = WILD.clone();
        RungeKutta4 fine = new RungeKutta4(MODEL);
        for (int k = 0; k < 20_000; k++) {
            fine.step(reference, U, 0.1 / 20_000, reference);
        }
        for (int i = 0; i < 6; i++) {
            assertEquals(reference[i], b[i], 1e-8 * (1 + Math.abs(reference[i])), "tight component " + i);
        }
    }

    @Test
    void laterPeriodsStartFromTheProposedStepUntilReset() {
        DormandPrince45 carried = new DormandPrince45(MODEL, DormandPrince45Tolerances.DEFAULTS);
        double[] out = new double[6];
        carried.step(WILD, U, 0.1, out);
        double proposed = carried.proposedStep();
        assertTrue(proposed > 0 && proposed < 0.1, "proposed " + proposed);
        int firstRejected = carried.lastRejectedSubSteps();

        // the same period again starts from min(dt, h_p) < dt, so it does not repeat the rejections of a trial dt
        carried.step(WILD, U, 0.1, out);
        assertTrue(carried.lastRejectedSubSteps() < firstRejected,
                "rejected " + carried.lastRejectedSubSteps() + " then, first " + firstRejected);

        carried.reset();
        assertTrue(Double.isNaN(carried.proposedStep()));
        carried.step(WILD, U, 0.1, out);
        assertEquals(firstRejected, carried.lastRejectedSubSteps(), "after reset the first trial step is dt");
    }

    @Test
    void quietPeriodProposesFiveTimesTheStep() {
        DormandPrince45 rk45 = new DormandPrince45(MODEL, DormandPrince45Tolerances.DEFAULTS);
        rk45.step(new double[6], 0.0, 0.01, new double[6]);
        // at the equilibrium y5 = y4 exactly: err = 0, fac = 5
        assertEquals(1, rk45.lastAcceptedSubSteps());
        assertEquals(0, rk45.lastRejectedSubSteps());
        assertEquals(0.05, rk45.proposedStep(), 0.0);
        // the next period starts with min(dt, h_p) = dt
        rk45.step(new double[6], 0.0, 0.01, new double[6]);
        assertEquals(1, rk45.lastAcceptedSubSteps());
    }

    @Test
    void exceedingTheSubStepBudgetFailsClearly() {
        DormandPrince45 rk45 = new DormandPrince45(MODEL, new DormandPrince45Tolerances(1e-12, 1e-12, 5));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> rk45.step(WILD, U, 0.1, new double[6]));
        assertTrue(e.getMessage().contains("more than 5 sub-steps"), e.getMessage());
        assertTrue(e.getMessage().contains("max_substeps"), e.getMessage());
    }

    @Test
    void nonPositiveOrNonFinitePeriodIsRejected() {
        DormandPrince45 rk45 = new DormandPrince45(MODEL, DormandPrince45Tolerances.DEFAULTS);
        for (double dt : new double[] {0.0, -1e-3, Double.NaN, Double.POSITIVE_INFINITY}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> rk45.step(WILD, U, dt, new double[6]));
            assertTrue(e.getMessage().contains("dt must be finite and > 0"), e.getMessage());
        }
    }

    @Test
    void nonFiniteStateReachesTheCallerInOneSubStep() {
        DormandPrince45 rk45 = new DormandPrince45(MODEL, DormandPrince45Tolerances.DEFAULTS);
        double[] out = new double[6];
        rk45.step(new double[] {0, Double.NaN, 0, 0, 0, 0}, 0.0, 0.01, out);
        assertEquals(1, rk45.lastAcceptedSubSteps());
        assertFalse(Double.isFinite(out[1]));
        assertTrue(Double.isNaN(rk45.proposedStep()), "a non-finite period must not set h_p");
    }

    @Test
    void optionsAreReadWithDefaults() {
        DormandPrince45Tolerances defaults = DormandPrince45Tolerances.from(Options.empty(PATH));
        assertEquals(1e-8, defaults.atol());
        assertEquals(1e-6, defaults.rtol());
        assertEquals(100_000, defaults.maxSubSteps());
        DormandPrince45Tolerances given = DormandPrince45Tolerances.from(
                Options.of(PATH, Map.of("atol", 1e-10, "rtol", 0.0, "max_substeps", 50)));
        assertEquals(1e-10, given.atol());
        assertEquals(0.0, given.rtol());
        assertEquals(50, given.maxSubSteps());
        DormandPrince45 created = (DormandPrince45) new DormandPrince45Provider().create(MODEL,
                Options.of(PATH, Map.of("rtol", 1e-7)));
        assertEquals(1e-7, created.tolerances().rtol());
    }

    @Test
    void badOptionsNameTheirPath() {
        assertRejected(Map.of("atol", 0.0), PATH + ".atol must be finite and > 0");
        assertRejected(Map.of("atol", -1e-8), PATH + ".atol must be finite and > 0");
        assertRejected(Map.of("rtol", -1.0), PATH + ".rtol must be finite and >= 0");
        assertRejected(Map.of("rtol", "tight"), PATH + ".rtol must be a number");
        assertRejected(Map.of("atol", Double.POSITIVE_INFINITY), PATH + ".atol must be finite");
        assertRejected(Map.of("max_substeps", 0), PATH + ".max_substeps must be an integer");
        assertRejected(Map.of("max_substeps", 2.5), PATH + ".max_substeps must be an integer");
        assertRejected(Map.of("first_step", 0.1), "unknown key " + PATH + ".first_step");
    }

    @Test
    void directConstructionValidatesToo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DormandPrince45Tolerances(1e-8, Double.NaN, 10));
        assertTrue(e.getMessage().startsWith("rtol must be finite"), e.getMessage());
        assertNotEquals(null, assertThrows(IllegalArgumentException.class,
                () -> new DormandPrince45Tolerances(1e-8, 1e-6, 0)));
    }

    private static void assertRejected(Map<String, ?> values, String expectedStart) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DormandPrince45Provider().create(MODEL, Options.of(PATH, values)));
        assertTrue(e.getMessage().startsWith(expectedStart), "message was: " + e.getMessage());
    }
}
