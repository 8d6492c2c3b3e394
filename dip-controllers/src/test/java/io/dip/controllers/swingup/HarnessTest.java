package io.dip.controllers.swingup;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsRef;
import io.dip.api.PhysicalParameters;
import io.dip.controllers.SuperTwistingSmcProvider;
import io.dip.dynamics.FullDynamics;
import io.dip.dynamics.integrators.RungeKutta4;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HarnessTest {
    @Test
    void simulate() {
        double dt = 1e-3;
        FullDynamics nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
        long t0 = System.nanoTime();
        SwingUpPlan plan = SwingUpPlanner.plan(nominal, dt, 150, 1.0);
        System.out.printf("plan %.3f s, steps %d, peak x %.3f, peak u %.1f%n", (System.nanoTime() - t0) * 1e-9,
                plan.steps(), plan.peakPosition(), plan.peakForce());
        Random random = new Random(1);
        int ok = 0;
        int runs = 100;
        for (int run = 0; run < runs; run++) {
            double[] p = PhysicalParameters.DEFAULTS.toArray();
            if (run > 0) {
                for (int i = 0; i < p.length; i++) {
                    double delta = i == 9 ? 0 : (i >= 10 ? 0.1 : 0.05);
                    p[i] *= 1 + delta * (2 * random.nextDouble() - 1);
                }
            }
            FullDynamics plantModel = new FullDynamics(PhysicalParameters.fromArray(p));
            RungeKutta4 plant = new RungeKutta4(plantModel);
            Controller sta = new SuperTwistingSmcProvider().create(ControllerSpec.defaults("sta_smc", dt),
                    DynamicsRef.of(nominal));
            SwingUpSmc c = new SwingUpSmc("swing_up_smc", plan, sta, DynamicsRef.of(nominal),
                    new SwingUpThresholds(0.1, 1.0, 0.4, 0.8), 150, 1.0, 100);
            double[] x = {0, Math.PI, Math.PI, 0, 0, 0};
            double maxX = 0, maxU = 0, lastOut = 0;
            int switches = 0; double prevMode = -1;
            for (int k = 0; k < 20000; k++) {
                double u = c.computeControl(k * dt, x, 0);
                double mode = c.diagnostics().get("mode");
                if (mode != prevMode) { switches++; prevMode = mode; }
                u = Math.max(-150, Math.min(150, u));
                maxU = Math.max(maxU, Math.abs(u));
                plant.step(x, u, dt, x);
                maxX = Math.max(maxX, Math.abs(x[0]));
                double th = Math.max(Math.abs(io.dip.api.Angles.wrap(x[1])), Math.abs(io.dip.api.Angles.wrap(x[2])));
                if (th > 0.05) lastOut = (k + 1) * dt;
            }
            boolean success = maxX <= 1.0 && lastOut <= 10.0;
            if (success) ok++;
            if (!success || run < 3) {
                System.out.printf("run %d: maxX %.3f maxU %.1f upright-from %.2f switches %d mode %s%n", run, maxX,
                        maxU, lastOut, switches, c.diagnostics().get("mode"));
            }
        }
        System.out.println("success " + ok + "/" + runs);
    }
}
