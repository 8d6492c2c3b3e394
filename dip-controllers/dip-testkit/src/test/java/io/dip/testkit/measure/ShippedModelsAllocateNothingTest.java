package io.dip.testkit.measure;

import static io.dip.testkit.measure.AllocationAssertions.assertAllocationFree;

import io.dip.api.DynamicsModel;
import io.dip.api.Integrator;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import io.dip.dynamics.LinearDynamics;
import io.dip.dynamics.PendulumCoefficients;
import io.dip.dynamics.SimplifiedDynamics;
import io.dip.dynamics.integrators.DormandPrince45;
import io.dip.dynamics.integrators.DormandPrince45Tolerances;
import io.dip.dynamics.integrators.ExplicitEuler;
import io.dip.dynamics.integrators.RungeKutta4;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The plant models and integrators of dip-dynamics allocate nothing on the hot path: derivative calls and integrator
 * periods read 0 bytes in every measured window. (Here rather than in dip-dynamics, which the test kit depends on.)
 */
class ShippedModelsAllocateNothingTest {

    private static final double[] STATE = {0.1, 0.2, -0.15, 0.3, -0.5, 0.7};

    private final PendulumCoefficients coefficients = new PendulumCoefficients(PhysicalParameters.DEFAULTS);
    private final List<DynamicsModel> models = List.of(new FullDynamics(coefficients),
            new SimplifiedDynamics(coefficients), new LinearDynamics(coefficients));

    @Test
    void derivativeAllocatesNothing() {
        double[] out = new double[6];
        for (DynamicsModel model : models) {
            assertAllocationFree(model.name() + " derivative", () -> model.derivative(STATE, 2.5, out));
        }
    }

    @Test
    void massMatrixBiasAndEnergyAllocateNothing() {
        double[] mass = new double[9];
        double[] bias = new double[3];
        double[] energy = new double[1];
        for (DynamicsModel model : models) {
            assertAllocationFree(model.name() + " massMatrix, bias, energy", () -> {
                model.massMatrix(STATE, mass);
                model.bias(STATE, bias);
                energy[0] += model.energy(STATE);
            });
        }
    }

    @Test
    void integratorPeriodsAllocateNothing() {
        DynamicsModel full = models.get(0);
        double[] out = new double[6];
        for (Integrator integrator : List.of(new ExplicitEuler(full), new RungeKutta4(full),
                new DormandPrince45(full, DormandPrince45Tolerances.DEFAULTS))) {
            assertAllocationFree(integrator.name() + " period", () -> integrator.step(STATE, 2.5, 1e-3, out));
        }
    }

    @Test
    void adaptivePeriodsWithRejectedSubStepsAllocateNothing() {
        double[] wild = {0.5, 1.2, -1.0, 2.0, 6.0, -8.0};
        double[] out = new double[6];
        DormandPrince45 rk45 = new DormandPrince45(models.get(0), DormandPrince45Tolerances.DEFAULTS);
        // reset each period so that every period starts from a trial step of dt and rejects some sub-steps
        assertAllocationFree("rk45 period with rejections", () -> {
            rk45.reset();
            rk45.step(wild, 40.0, 0.1, out);
        }, 10_000, 10);
    }
}
