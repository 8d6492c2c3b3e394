package io.dip.controllers;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import io.dip.dynamics.integrators.RungeKutta4;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The verified behaviour of docs/model.md §6: each controller with its default gains, on the full plant with rk4 at
 * dt = 1e-3 for 10 s, ends with max(|θ1|, |θ2|) below 0.025 rad from the three moderate initial states, and
 * classical and adaptive below 0.05 rad from [0, 0.3, −0.2, 0, 0, 0].
 */
class ControllersBalanceThePendulumTest {

    private static final double DT = 1e-3;
    private static final long STEPS = 10_000;
    private static final double TIGHT = 0.025;
    private static final double LOOSE = 0.05;

    private static final double[][] MODERATE_STATES = {
        {0, 0.1, -0.05, 0, 0, 0},
        {0, -0.2, 0.15, 0, 0, 0},
        {0.5, 0.2, 0.2, 0.5, 0.5, -0.5}
    };
    private static final double[] LARGE_STATE = {0, 0.3, -0.2, 0, 0, 0};

    static Stream<Arguments> cases() {
        Stream.Builder<Arguments> cases = Stream.builder();
        for (String name : Plugins.controllerNames().toList()) {
            for (double[] x0 : MODERATE_STATES) {
                cases.add(Arguments.of(name, x0, TIGHT));
            }
        }
        cases.add(Arguments.of("classical_smc", LARGE_STATE, LOOSE));
        cases.add(Arguments.of("adaptive_smc", LARGE_STATE, LOOSE));
        return cases.build();
    }

    @ParameterizedTest(name = "{0} from {1} ends within {2} rad")
    @MethodSource("cases")
    void endsUpright(String name, double[] initial, double bound) {
        DynamicsModel plant = new FullDynamics(PhysicalParameters.DEFAULTS);
        DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
        double[] x = initial.clone();
        try (Controller controller = Plugins.controller(name).create(ControllerSpec.defaults(name, DT),
                DynamicsRef.of(nominal))) {
            new ClosedLoop(controller, new RungeKutta4(plant), DT, ControllerSpec.DEFAULT_MAX_FORCE).run(x, STEPS);
        } finally {
            Reference.reachabilityFence(nominal);
        }
        double tilt = Math.max(Math.abs(x[1]), Math.abs(x[2]));
        assertTrue(tilt < bound, name + " from " + Arrays.toString(initial) + " ends at max|θ| = " + tilt
                + " rad, state " + Arrays.toString(x));
    }
}
