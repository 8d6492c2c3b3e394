package io.dip.testkit.contract;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import io.dip.testkit.measure.AllocationMeter;
import io.dip.testkit.measure.MeasuredPath;
import io.dip.testkit.measure.WindowedAllocation;
import java.lang.ref.Reference;
import java.lang.reflect.Constructor;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The child side of {@link AllocationProbe}: creates the provider from its class name (public or not, through its
 * no-argument constructor, as {@link java.util.ServiceLoader} does), measures {@code computeControl} and the
 * {@link ContractLoop} step with the strict meter, and prints one result line per path:
 * {@code contract-allocation path=NAME warmupCalls=N settled=BOOL window=N bytes=B0,B1,…}.
 *
 * <p>Arguments: {@code PROVIDER_CLASS DT}. Exit status 0 on success, 2 for bad arguments, 1 when the provider or
 * the controller throws (the stack trace is printed).
 */
public final class AllocationProbeMain {

    /** First word of a result line. */
    static final String RESULT_PREFIX = "contract-allocation";
    /** Path name of the {@code computeControl} measurement. */
    static final String CALL = "computeControl";
    /** Path name of the closed-loop step measurement. */
    static final String STEP = "step";

    /** Calls per window: 2¹⁶. */
    static final long WINDOW = 1 << 16;
    /** Most warm-up windows. */
    static final int MAX_WARMUP_WINDOWS = 64;
    /** Measured windows of {@code computeControl}: 32 × 2¹⁶ = 2²¹ consecutive calls. */
    static final int CALL_WINDOWS = 32;
    /** Measured windows of the step: 16 × 2¹⁶ = 2²⁰ consecutive steps. */
    static final int STEP_WINDOWS = 16;

    private AllocationProbeMain() {
    }

    /** The path of one {@code computeControl} call per run, on the probe states in turn. */
    private static final class ControlPath implements MeasuredPath {
        private final Controller controller;
        private final ProbeStates states = new ProbeStates();
        private final double dt;
        private double lastControl;

        ControlPath(Controller controller, double dt) {
            this.controller = controller;
            this.dt = dt;
        }

        @Override
        public void run(long iteration) {
            lastControl = controller.computeControl(iteration * dt, states.get(iteration), lastControl);
        }
    }

    /**
     * @param args {@code PROVIDER_CLASS DT}
     */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: AllocationProbeMain PROVIDER_CLASS DT");
            System.exit(2);
        }
        double dt;
        try {
            dt = Double.parseDouble(args[1]);
        } catch (NumberFormatException e) {
            System.err.println("DT must be a number, got '" + args[1] + "'");
            System.exit(2);
            return;
        }
        try {
            ControllerProvider provider = instantiate(args[0]);
            DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
            AllocationMeter meter = new AllocationMeter();
            ControllerSpec spec = ControllerSpec.defaults(provider.name(), dt);
            try (Controller controller = provider.create(spec, DynamicsRef.of(nominal))) {
                print(CALL, meter.measureWindows(new ControlPath(controller, dt), WINDOW, MAX_WARMUP_WINDOWS,
                        CALL_WINDOWS));
            }
            try (Controller controller = provider.create(spec, DynamicsRef.of(nominal))) {
                print(STEP, meter.measureWindows(new ContractLoop(controller, nominal, dt), WINDOW,
                        MAX_WARMUP_WINDOWS, STEP_WINDOWS));
            }
            Reference.reachabilityFence(nominal);
        } catch (RuntimeException | ReflectiveOperationException | LinkageError e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static ControllerProvider instantiate(String className) throws ReflectiveOperationException {
        Class<?> type = Class.forName(className);
        if (!ControllerProvider.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException(className + " is not a " + ControllerProvider.class.getName());
        }
        Constructor<?> constructor = type.getDeclaredConstructor();
        constructor.setAccessible(true);
        return (ControllerProvider) constructor.newInstance();
    }

    private static void print(String path, WindowedAllocation m) {
        System.out.println(String.format(Locale.ROOT, "%s path=%s warmupCalls=%d settled=%b window=%d bytes=%s",
                RESULT_PREFIX, path, m.warmupCalls(), m.settled(), m.callsPerWindow(),
                Arrays.stream(m.windowBytes()).mapToObj(Long::toString).collect(Collectors.joining(","))));
        System.out.flush();
    }
}
