package io.dip.controllers.swingup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.Diagnostics;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import io.dip.dynamics.integrators.RungeKutta4;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The modes and their switching: swing then hold without chattering, recovery after the pendulum is knocked out of
 * the stabiliser's region (settle, then the swing replays), starts away from hanging, and the diagnostics.
 */
class SwingUpModesTest {

    private static final double PI = Math.PI;
    private static final PhysicalParameters DEFAULTS = PhysicalParameters.DEFAULTS;

    @Test
    void fromHangingItSwingsThenHoldsWithOneOrTwoSwitches() {
        SwingUpRun run = SwingUpRun.of(DEFAULTS, new double[] {0, PI, PI, 0, 0, 0}, 20.0);
        assertTrue(run.modeSwitches() >= 1 && run.modeSwitches() <= 2, "swing → (catch →) hold: " + run);
        assertEquals("hold", run.finalMode());
    }

    @Test
    void knockedOutOfTheHoldItSettlesSwingsAgainAndHolds() {
        SwingUpRun run = SwingUpRun.of(DEFAULTS, DEFAULTS, new double[] {0, PI, PI, 0, 0, 0}, 40.0, 8.0,
                new double[] {0, 0, 0, 0, 3, -3});
        assertTrue(run.modeSwitches() >= 4, "hold → catch/settle → swing → hold: " + run);
        // the track limit is guaranteed for the swing, not under a knock (docs/swing-up.md, Limits)
        assertTrue(run.uprightFrom() < 40.0 && run.peakForce() <= 150.0, run.toString());
        assertEquals("hold", run.finalMode());
    }

    @Test
    void fromSidewaysItSettlesFirstThenSwingsUp() {
        SwingUpRun run = SwingUpRun.of(DEFAULTS, new double[] {0, PI / 2, -PI / 2, 0, 0, 0}, 30.0);
        assertTrue(run.uprightFrom() < 30.0 && run.peakPosition() <= 1.0, run.toString());
        assertEquals("hold", run.finalMode());
    }

    @Test
    void nearUprightItHoldsAtOnce() {
        SwingUpRun run = SwingUpRun.of(DEFAULTS, new double[] {0, 0.05, -0.03, 0, 0, 0}, 5.0);
        assertEquals(0, run.modeSwitches(), run.toString());
        assertEquals("hold", run.finalMode());
        SwingUpRun wrapped = SwingUpRun.of(DEFAULTS, new double[] {0, 2 * PI + 0.05, -2 * PI, 0, 0, 0}, 5.0);
        assertEquals(0, wrapped.modeSwitches(), "angles count modulo 2π: " + wrapped);
        assertTrue(wrapped.uprightFrom() < 5.0, wrapped.toString());
    }

    @Test
    void diagnosticsNameTheModeAndShowTrackingAndEnergyErrors() {
        DynamicsModel model = new FullDynamics(DEFAULTS);
        RungeKutta4 plant = new RungeKutta4(new FullDynamics(DEFAULTS));
        try (Controller controller = new SwingUpSmcProvider().create(new ControllerSpec(null, 1e-3, 150,
                Options.empty("controllers.swing_up_smc"), 1.0), DynamicsRef.of(model))) {
            Diagnostics diagnostics = controller.diagnostics();
            assertEquals(List.of("sigma", "mode", "tracking_error", "energy_error", "fault"), diagnostics.names());
            double[] x = {0, PI, PI, 0, 0, 0};
            controller.computeControl(0, x, 0);
            int mode = diagnostics.indexOf(Diagnostics.MODE);
            assertEquals("swing", diagnostics.valueLabel(mode));
            double a1 = DEFAULTS.pendulum1Mass() * DEFAULTS.pendulum1Com()
                    + DEFAULTS.pendulum2Mass() * DEFAULTS.pendulum1Length();
            double a2 = DEFAULTS.pendulum2Mass() * DEFAULTS.pendulum2Com();
            assertEquals(-2 * DEFAULTS.gravity() * (a1 + a2), diagnostics.get(SwingUpSmc.ENERGY_ERROR), 1e-12,
                    "hanging at rest lies 2·g·(a1 + a2) below upright (MODEL §3)");
            controller.reset();
            List<String> seen = new ArrayList<>();
            double worstTracking = 0;
            double previous = 0;
            for (int k = 0; k < 6000; k++) {
                double u = controller.computeControl(k * 1e-3, x, previous);
                String label = diagnostics.valueLabel(mode);
                if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(label)) {
                    seen.add(label);
                }
                if ("swing".equals(label)) {
                    worstTracking = Math.max(worstTracking, diagnostics.get(SwingUpSmc.TRACKING_ERROR));
                }
                plant.step(x, u, 1e-3, x);
                previous = u;
            }
            assertEquals("swing", seen.get(0));
            assertEquals("hold", seen.get(seen.size() - 1));
            assertTrue(worstTracking < 1e-6, "on its own nominal model the loop follows the reference: "
                    + worstTracking + " rad");
            assertEquals(0.0, diagnostics.get(Diagnostics.FAULT));
            assertTrue(Math.abs(diagnostics.get(SwingUpSmc.ENERGY_ERROR)) < 0.01, "upright: E ≈ E_up");
            assertTrue(controller.worksOverWholeCircle());
        } finally {
            Reference.reachabilityFence(model);
        }
    }

    @Test
    void aNonFiniteStateGivesZeroAndRaisesTheFault() {
        DynamicsModel model = new FullDynamics(DEFAULTS);
        try (Controller controller = new SwingUpSmcProvider().create(ControllerSpec.defaults("swing_up_smc", 1e-3),
                DynamicsRef.of(model))) {
            assertEquals(0.0, controller.computeControl(0, new double[] {0, Double.NaN, PI, 0, 0, 0}, 0));
            assertEquals(1.0, controller.diagnostics().get(Diagnostics.FAULT));
            controller.computeControl(0, new double[] {0, PI, PI, 0, 0, 0}, 0);
            assertEquals(0.0, controller.diagnostics().get(Diagnostics.FAULT));
        } finally {
            Reference.reachabilityFence(model);
        }
    }
}
