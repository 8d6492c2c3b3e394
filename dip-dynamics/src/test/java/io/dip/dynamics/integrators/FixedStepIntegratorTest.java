package io.dip.dynamics.integrators;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.DynamicsModel;
import io.dip.api.Integrator;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Orders of accuracy of euler and rk4, in-place stepping, and the fixed-step sub-step report. */
class FixedStepIntegratorTest {

    private static final DynamicsModel MODEL = new FullDynamics(PhysicalParameters.DEFAULTS);
    private static final double[] START = {0.1, 0.25, -0.15, 0.3, -0.4, 0.6};
    private static final double U = 3.0;
    private static final double HORIZON = 0.2;

    @Test
    void eulerIsFirstOrder() {
        double ratio = errorRatio(ExplicitEuler::new);
        // halving the step halves a first-order global error
        assertEquals(2.0, ratio, 0.2, "euler error ratio");
    }

    @Test
    void rk4IsFourthOrder() {
        double ratio = errorRatio(RungeKutta4::new);
        // halving the step divides a fourth-order global error by 16
        assertEquals(16.0, ratio, 1.6, "rk4 error ratio");
    }

    @Test
    void steppingInPlaceEqualsSteppingIntoAnotherArray() {
        for (Integrator integrator : new Integrator[] {new ExplicitEuler(MODEL), new RungeKutta4(MODEL),
                new DormandPrince45(MODEL, DormandPrince45Tolerances.DEFAULTS)}) {
            double[] separate = new double[6];
            integrator.reset();
            integrator.step(START, U, 0.01, separate);
            double[] inPlace = START.clone();
            integrator.reset();
            integrator.step(inPlace, U, 0.01, inPlace);
            assertArrayEquals(separate, inPlace, 0.0, integrator.name());
        }
    }

    @Test
    void fixedStepMethodsReportOneSubStepAndNoProposal() {
        for (Integrator integrator : new Integrator[] {new ExplicitEuler(MODEL), new RungeKutta4(MODEL)}) {
            integrator.step(START, U, 0.01, new double[6]);
            assertEquals(1, integrator.lastAcceptedSubSteps());
            assertEquals(0, integrator.lastRejectedSubSteps());
            assertTrue(Double.isNaN(integrator.proposedStep()));
        }
    }

    /** @return error(h) / error(h/2) at {@link #HORIZON}, the error measured against rk4 at a 1e-5 step */
    private static double errorRatio(Function<DynamicsModel, Integrator> factory) {
        double[] reference = integrate(new RungeKutta4(MODEL), 1e-5);
        Integrator integrator = factory.apply(MODEL);
        double coarse = distance(integrate(integrator, 4e-3), reference);
        double fine = distance(integrate(integrator, 2e-3), reference);
        return coarse / fine;
    }

    private static double[] integrate(Integrator integrator, double dt) {
        double[] x = START.clone();
        long steps = Math.round(HORIZON / dt);
        for (long k = 0; k < steps; k++) {
            integrator.step(x, U, dt, x);
        }
        return x;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0.0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }
}
