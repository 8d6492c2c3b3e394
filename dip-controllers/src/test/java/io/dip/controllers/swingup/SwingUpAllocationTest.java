package io.dip.controllers.swingup;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import io.dip.dynamics.integrators.RungeKutta4;
import io.dip.testkit.measure.AllocationAssertions;
import java.lang.ref.Reference;
import org.junit.jupiter.api.Test;

/** computeControl allocates nothing in any mode: the closed loop is replayed from hanging through swing and hold. */
class SwingUpAllocationTest {

    private static final double DT = 1e-3;
    private static final int RUN = 6000;

    @Test
    void aClosedLoopThroughEveryModeAllocatesNothing() {
        DynamicsModel model = new FullDynamics(PhysicalParameters.DEFAULTS);
        RungeKutta4 plant = new RungeKutta4(new FullDynamics(PhysicalParameters.DEFAULTS));
        double[] x = new double[6];
        int[] step = {0};
        try (Controller controller = new SwingUpSmcProvider().create(new ControllerSpec(null, DT, 150,
                Options.empty("controllers.swing_up_smc"), 1.0), DynamicsRef.of(model))) {
            Runnable oneStep = () -> {
                if (step[0] % RUN == 0) {
                    x[0] = 0.3;
                    x[1] = Math.PI / 2;
                    x[2] = -Math.PI / 2;
                    x[3] = 0;
                    x[4] = 0;
                    x[5] = 0;
                    controller.reset();
                }
                double u = controller.computeControl(step[0] * DT, x, 0);
                plant.step(x, u, DT, x);
                step[0]++;
            };
            AllocationAssertions.assertAllocationFree("swing_up_smc settle, swing, catch and hold", oneStep, 60_000,
                    5);
        } finally {
            Reference.reachabilityFence(model);
        }
    }
}
