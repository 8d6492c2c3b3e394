package io.dip.controllers.swingup;

import io.dip.api.Angles;
import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import io.dip.dynamics.integrators.RungeKutta4;
import java.lang.ref.Reference;

/**
 * One closed-loop run of {@code swing_up_smc} on the full plant with rk4 at dt = 1e-3 s, max_force 150 N (MODEL.md
 * §5 without sensor or disturbance), and what the tests check: the largest |u| and |x| over every step, and the
 * first time from which both wrapped angles stay within the band with small rates up to the end.
 *
 * @param peakForce    largest |u| commanded (N)
 * @param peakPosition largest |x| over the run (m)
 * @param uprightFrom  first time from which max|wrap θ| &lt; {@value #ANGLE_BAND} rad and max|θ̇| &lt;
 *                     {@value #RATE_BAND} rad/s hold to the end (s); +∞ when the run ends outside
 * @param modeSwitches changes of the {@code mode} diagnostic
 * @param finalMode    the label of the last mode
 */
record SwingUpRun(double peakForce, double peakPosition, double uprightFrom, int modeSwitches, String finalMode) {

    static final double DT = 1e-3;
    static final double MAX_FORCE = 150.0;
    static final double TRACK = 1.0;
    static final double ANGLE_BAND = 0.05;
    static final double RATE_BAND = 0.5;

    /**
     * @param plant    the plant's parameters
     * @param nominal  the controller's nominal parameters
     * @param x0       initial state
     * @param duration seconds
     * @param kickAt   time of an instantaneous change of the state (s), or NaN for none
     * @param kick     what is added to the state then
     * @return the run's figures
     */
    static SwingUpRun of(PhysicalParameters plant, PhysicalParameters nominal, double[] x0, double duration,
                         double kickAt, double[] kick) {
        return of(plant, nominal, x0, duration, kickAt, kick, DT);
    }

    /**
     * @param plant    the plant's parameters
     * @param nominal  the controller's nominal parameters
     * @param x0       initial state
     * @param duration seconds
     * @param kickAt   time of an instantaneous change of the state (s), or NaN for none
     * @param kick     what is added to the state then
     * @param dt       the control period (s)
     * @return the run's figures
     */
    static SwingUpRun of(PhysicalParameters plant, PhysicalParameters nominal, double[] x0, double duration,
                         double kickAt, double[] kick, double dt) {
        DynamicsModel nominalModel = new FullDynamics(nominal);
        RungeKutta4 integrator = new RungeKutta4(new FullDynamics(plant));
        double[] x = x0.clone();
        double peakForce = 0;
        double peakPosition = Math.abs(x[0]);
        double lastOutside = 0;
        int switches = 0;
        double previousMode = Double.NaN;
        long steps = Math.round(duration / dt);
        long kickStep = Double.isNaN(kickAt) ? -1 : Math.round(kickAt / dt);
        try (Controller controller = new SwingUpSmcProvider().create(new ControllerSpec(null, dt, MAX_FORCE,
                Options.empty("controllers.swing_up_smc"), TRACK), DynamicsRef.of(nominalModel))) {
            int mode = controller.diagnostics().indexOf("mode");
            String label = null;
            double previousControl = 0;
            for (long k = 0; k < steps; k++) {
                if (k == kickStep) {
                    for (int i = 0; i < x.length; i++) {
                        x[i] += kick[i];
                    }
                }
                double u = controller.computeControl(k * dt, x, previousControl);
                peakForce = Math.max(peakForce, Math.abs(u));
                double m = controller.diagnostics().value(mode);
                if (!Double.isNaN(previousMode) && m != previousMode) {
                    switches++;
                }
                previousMode = m;
                label = controller.diagnostics().valueLabel(mode);
                double applied = Math.max(-MAX_FORCE, Math.min(MAX_FORCE, u));
                integrator.step(x, applied, dt, x);
                previousControl = applied;
                peakPosition = Math.max(peakPosition, Math.abs(x[0]));
                double angle = Math.max(Math.abs(Angles.wrap(x[1])), Math.abs(Angles.wrap(x[2])));
                double rate = Math.max(Math.abs(x[4]), Math.abs(x[5]));
                if (!(angle < ANGLE_BAND && rate < RATE_BAND)) {
                    lastOutside = (k + 1) * dt;
                }
            }
            boolean endsUpright = lastOutside < steps * dt;
            return new SwingUpRun(peakForce, peakPosition, endsUpright ? lastOutside : Double.POSITIVE_INFINITY,
                    switches, label);
        } finally {
            Reference.reachabilityFence(nominalModel);
        }
    }

    /** @return a run from x0 of {@code duration} seconds on the given physics, plant = nominal, no kick */
    static SwingUpRun of(PhysicalParameters physics, double[] x0, double duration) {
        return of(physics, physics, x0, duration, Double.NaN, null);
    }

    /** @return true when |u| ≤ max_force and |x| ≤ 1 m at every step and the links are up by 10 s to the end */
    boolean meetsTheSwingUpCriteria() {
        return peakForce <= MAX_FORCE && peakPosition <= TRACK && uprightFrom <= 10.0;
    }
}
