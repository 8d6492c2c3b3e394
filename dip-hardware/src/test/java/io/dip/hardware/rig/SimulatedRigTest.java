package io.dip.hardware.rig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.HardwareDriverSpec;
import io.dip.api.Integrator;
import io.dip.api.Options;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The simulated rig on a cart without links (ẍ = u, an exact Euler "integrator" for the test): actuator limit,
 * delay, sensor noise and quantisation, the safe state and the watchdog.
 */
class SimulatedRigTest {

    /** x ← x + dt·ẋ, ẋ ← ẋ + dt·u: a unit mass pushed by u. */
    private static final Integrator CART = new Integrator() {
        @Override
        public String name() {
            return "cart";
        }

        @Override
        public void step(double[] x, double u, double dt, double[] out) {
            double position = x[0] + dt * x[3];
            double velocity = x[3] + dt * u;
            System.arraycopy(x, 0, out, 0, 6);
            out[0] = position;
            out[3] = velocity;
        }
    };

    @Test
    void integratesClampedCommandsWithAPerfectSensor() {
        SimulatedRig rig = rig(Map.of(), Double.POSITIVE_INFINITY);
        double[] y = new double[6];
        assertFalse(rig.pollState(y), "no state before the first command");
        rig.command(100.0);
        assertTrue(rig.pollState(y));
        assertArrayEquals(new double[] {0, 0, 0, 10 * 0.1, 0, 0}, y, 1e-15, "clamped to 10 N");
        assertFalse(rig.pollState(y), "one state per command");
        rig.command(-3.0);
        rig.pollState(y);
        assertEquals(0.1, y[0], 1e-15);
        assertEquals(0.7, y[3], 1e-15);
        assertEquals(2, rig.counters().get(SimulatedRig.STEPS));
    }

    @Test
    void delaysTheActuatorByWholePeriods() {
        SimulatedRig rig = rig(Map.of(SimulatedRig.DELAY_STEPS, 2), Double.POSITIVE_INFINITY);
        double[] y = new double[6];
        double[] velocities = new double[4];
        for (int k = 0; k < 4; k++) {
            rig.command(1.0 + k);
            rig.pollState(y);
            velocities[k] = y[3];
        }
        assertArrayEquals(new double[] {0, 0, 0.1, 0.3}, velocities, 1e-15);
    }

    @Test
    void measuresWithNoiseAndQuantisation() {
        SimulatedRig rig = rig(Map.of(SimulatedRig.NOISE_STD, List.of(0.01, 0, 0, 0, 0, 0),
                SimulatedRig.QUANTIZATION, List.of(0, 0, 0, 0.25, 0, 0)), Double.POSITIVE_INFINITY);
        double[] y = new double[6];
        double[] x = new double[6];
        double sum = 0;
        double sumSquares = 0;
        int n = 2000;
        for (int k = 0; k < n; k++) {
            rig.command(0.0);
            rig.pollState(y);
            rig.trueState(x);
            double error = y[0] - x[0];
            sum += error;
            sumSquares += error * error;
            assertEquals(0.25 * Math.rint(x[3] / 0.25), y[3], 0.0);
        }
        double std = Math.sqrt(sumSquares / n - (sum / n) * (sum / n));
        assertTrue(std > 0.009 && std < 0.011, "noise std " + std);
    }

    @Test
    void theSafeStateLatchesZeroForce() {
        SimulatedRig rig = rig(Map.of(), Double.POSITIVE_INFINITY);
        double[] y = new double[6];
        rig.command(5.0);
        rig.enterSafeState();
        assertTrue(rig.faultLatched());
        rig.command(5.0);
        rig.pollState(y);
        assertEquals(0.5, y[3], 1e-15, "no force after the safe state");
    }

    @Test
    void theWatchdogTripsWhenCommandsStop() throws InterruptedException {
        SimulatedRig rig = rig(Map.of(), 0.001);
        rig.command(5.0);
        Thread.sleep(5);
        double[] y = new double[6];
        rig.pollState(y);
        assertTrue(rig.faultLatched(), "5 ms without a command > 1 ms watchdog");
    }

    @Test
    void rejectsUnknownAndNegativeOptions() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> rig(Map.of("delay", 1), Double.POSITIVE_INFINITY));
        assertTrue(unknown.getMessage().contains("unknown key hil.simulated_rig.delay"), unknown.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> rig(Map.of(SimulatedRig.NOISE_STD, List.of(0, -1, 0, 0, 0, 0)), Double.POSITIVE_INFINITY));
        assertTrue(negative.getMessage().contains("noise_std[1] (theta1) must be >= 0"), negative.getMessage());
    }

    private static SimulatedRig rig(Map<String, ?> options, double watchdog) {
        SimulatedRig rig = new SimulatedRig(new HardwareDriverSpec(0.1, 10.0, new double[6], watchdog, 1, CART,
                Options.of("hil.simulated_rig", options)));
        rig.open();
        rig.start();
        return rig;
    }
}
