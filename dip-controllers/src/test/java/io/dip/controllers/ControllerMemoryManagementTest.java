package io.dip.controllers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.dip.api.AbstractController;
import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.Diagnostics;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.DynamicsReleasedException;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import io.dip.dynamics.integrators.RungeKutta4;
import io.dip.testkit.measure.AllocationAssertions;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.BaseStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The memory patterns every controller follows: bounded buffers, a weak handle on the nominal model, explicit
 * cleanup. One test per guarantee:
 *
 * <ol>
 *   <li>{@code computeControl} (and reading diagnostics) allocates 0 bytes over 10⁶ warm calls;</li>
 *   <li>a 10⁶-step closed loop retains no heap;</li>
 *   <li>the σ and u histories stay at their capacity;</li>
 *   <li>{@code close()} clears the histories and releases the dynamics reference;</li>
 *   <li>{@code close()} twice is harmless;</li>
 *   <li>try-with-resources closes the controller when the block throws;</li>
 *   <li>a closed controller refuses {@code computeControl} and {@code reset};</li>
 *   <li>a closed controller becomes unreachable once its user drops it;</li>
 *   <li>the controller does not keep its nominal model alive: once the owner drops the model, the next call throws
 *       {@link DynamicsReleasedException} with advice;</li>
 *   <li>controller classes hold no model, weak reference, collection, map, string builder or stream field, and
 *       only final array fields.</li>
 * </ol>
 */
class ControllerMemoryManagementTest {

    private static final double DT = 1e-3;
    private static final long GC_TIMEOUT_NANOS = 20_000_000_000L;
    private static final List<String> NAMES = Plugins.slidingModeControllerNames().toList();

    private static Controller create(String name, DynamicsModel nominal, Map<String, ?> options) {
        return Plugins.controller(name).create(
                new ControllerSpec(null, DT, 150.0, Options.of("controllers." + name, options)),
                DynamicsRef.of(nominal));
    }

    @ParameterizedTest
    @MethodSource("io.dip.controllers.Plugins#slidingModeControllerNames")
    void computeControlAllocatesNothing(String name) {
        DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
        double[][] states = {
            {0, 0.1, -0.05, 0, 0, 0}, {0.5, 0.2, 0.2, 0.5, 0.5, -0.5}, {0, -0.2, 0.15, 0, 0, 0},
            {0.01, 0.001, -0.002, 0.01, 0.02, -0.01}, {0, Double.NaN, 0, 0, 0, 0}
        };
        double[] sink = new double[1];
        int[] call = new int[1];
        try (Controller controller = create(name, nominal, Map.of())) {
            Diagnostics diagnostics = controller.diagnostics();
            int sigma = diagnostics.indexOf(Diagnostics.SIGMA);
            Runnable workload = () -> {
                int k = call[0]++;
                double u = controller.computeControl(k * DT, states[k % states.length], sink[0]);
                sink[0] = u + diagnostics.value(sigma) * 1e-12;
            };
            AllocationAssertions.assertAllocationFree(name + ".computeControl", workload);
        } finally {
            Reference.reachabilityFence(nominal);
        }
        assertTrue(Double.isFinite(sink[0]));
    }

    @ParameterizedTest
    @MethodSource("io.dip.controllers.Plugins#slidingModeControllerNames")
    void longClosedLoopRetainsNoHeap(String name) {
        DynamicsModel plant = new FullDynamics(PhysicalParameters.DEFAULTS);
        DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
        double[] x = {0, 0.1, -0.05, 0, 0, 0};
        try (Controller controller = create(name, nominal, Map.of())) {
            ClosedLoop loop = new ClosedLoop(controller, new RungeKutta4(plant), DT, 150.0);
            for (long k = 0; k < 20_000; k++) {
                loop.step(k, x);
            }
            long before = usedHeapAfterGc();
            for (long k = 20_000; k < 1_020_000; k++) {
                loop.step(k, x);
            }
            long after = usedHeapAfterGc();
            assertTrue(after - before < 1_000_000, name + " retained " + (after - before) + " bytes over 10^6 steps");
            assertEquals(1000, controller.histories().get("sigma").size());
            assertEquals(1000, controller.histories().get("u").size());
            assertTrue(Math.abs(x[1]) < 0.025 && Math.abs(x[2]) < 0.025, name + " lost the pendulum");
        } finally {
            Reference.reachabilityFence(nominal);
        }
    }

    @Test
    void historyStaysAtItsCapacity() {
        DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
        for (String name : NAMES) {
            try (Controller controller = create(name, nominal, Map.of("history_capacity", 16))) {
                double[] x = {0, 0.1, -0.05, 0, 0, 0};
                double[] controls = new double[1000];
                for (int k = 0; k < controls.length; k++) {
                    x[5] = 0.001 * k;
                    controls[k] = controller.computeControl(k * DT, x, 0);
                    assertTrue(controller.histories().get("u").size() <= 16);
                }
                assertEquals(16, controller.histories().get("sigma").size(), name);
                assertEquals(16, controller.histories().get("u").size(), name);
                assertEquals(16, controller.histories().get("u").capacity(), name);
                for (int i = 0; i < 16; i++) {
                    assertEquals(controls[1000 - 16 + i], controller.histories().get("u").get(i), 0.0, name);
                }
                assertEquals(controller.diagnostics().get("sigma"), controller.histories().get("sigma").latest(), 0.0,
                        name);
            }
        }
        Reference.reachabilityFence(nominal);
    }

    @Test
    void closeClearsHistoryAndReleasesTheDynamicsReference() {
        DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
        for (String name : NAMES) {
            DynamicsRef ref = DynamicsRef.of(nominal);
            Controller controller = Plugins.controller(name).create(ControllerSpec.defaults(name, DT), ref);
            for (int k = 0; k < 100; k++) {
                controller.computeControl(k * DT, new double[] {0, 0.1, -0.05, 0, 0, 0}, 0);
            }
            assertEquals(100, controller.histories().get("u").size());
            assertFalse(((AbstractController) controller).isClosed());
            controller.close();
            assertTrue(((AbstractController) controller).isClosed(), name);
            assertEquals(0, controller.histories().get("sigma").size(), name);
            assertEquals(0, controller.histories().get("u").size(), name);
            assertTrue(ref.isReleased(), name + " kept its dynamics reference");
        }
        Reference.reachabilityFence(nominal);
    }

    @Test
    void closeTwiceIsHarmless() {
        DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
        for (String name : NAMES) {
            Controller controller = create(name, nominal, Map.of());
            controller.close();
            controller.close();
            assertTrue(((AbstractController) controller).isClosed(), name);
        }
        Reference.reachabilityFence(nominal);
    }

    @Test
    void tryWithResourcesClosesWhenTheBlockThrows() {
        DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
        for (String name : NAMES) {
            List<Controller> seen = new ArrayList<>();
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
                try (Controller controller = create(name, nominal, Map.of())) {
                    seen.add(controller);
                    controller.computeControl(0, new double[6], 0);
                    throw new IllegalStateException("experiment aborted");
                }
            });
            assertEquals("experiment aborted", thrown.getMessage());
            assertTrue(((AbstractController) seen.get(0)).isClosed(), name + " not closed by try-with-resources");
            assertEquals(0, seen.get(0).histories().get("u").size(), name);
        }
        Reference.reachabilityFence(nominal);
    }

    @Test
    void closedControllerRefusesToCompute() {
        DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
        for (String name : NAMES) {
            Controller controller = create(name, nominal, Map.of());
            controller.close();
            IllegalStateException e = assertThrows(IllegalStateException.class,
                    () -> controller.computeControl(0, new double[6], 0));
            assertTrue(e.getMessage().startsWith("controller " + name + " is closed"), e.getMessage());
            assertFalse(e instanceof DynamicsReleasedException, name);
            assertThrows(IllegalStateException.class, controller::reset);
        }
        Reference.reachabilityFence(nominal);
    }

    @Test
    void closedControllerIsCollectedOnceDropped() {
        DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
        for (String name : NAMES) {
            WeakReference<Controller> handle = closedAndDropped(name, nominal);
            assertTrue(awaitCollection(handle), name + " stayed reachable after close()");
        }
        Reference.reachabilityFence(nominal);
    }

    private static WeakReference<Controller> closedAndDropped(String name, DynamicsModel nominal) {
        Controller controller = create(name, nominal, Map.of());
        for (int k = 0; k < 1000; k++) {
            controller.computeControl(k * DT, new double[] {0, 0.1, -0.05, 0, 0, 0}, 0);
        }
        controller.close();
        return new WeakReference<>(controller);
    }

    @Test
    void releasedDynamicsGiveDynamicsReleasedExceptionWithAdvice() {
        for (String name : NAMES) {
            Owned owned = controllerWhoseModelIsDropped(name);
            assertNotNull(owned.controller());
            assertTrue(awaitCollection(owned.model()), name + ": the controller kept its nominal model alive");
            assertTrue(owned.ref().isReleased());
            DynamicsReleasedException e = assertThrows(DynamicsReleasedException.class,
                    () -> owned.controller().computeControl(0, new double[] {0, 0.1, 0, 0, 0, 0}, 0));
            assertTrue(e.getMessage().contains("has been released")
                    && e.getMessage().contains("Keep a strong reference"), e.getMessage());
            owned.controller().close();
        }
    }

    private record Owned(Controller controller, DynamicsRef ref, WeakReference<DynamicsModel> model) {
    }

    private static Owned controllerWhoseModelIsDropped(String name) {
        DynamicsModel model = new FullDynamics(PhysicalParameters.DEFAULTS);
        DynamicsRef ref = DynamicsRef.of(model);
        Controller controller = Plugins.controller(name).create(ControllerSpec.defaults(name, DT), ref);
        controller.computeControl(0, new double[] {0, 0.1, 0, 0, 0, 0}, 0);
        return new Owned(controller, ref, new WeakReference<>(model));
    }

    @Test
    void controllerClassesFollowTheMemoryRules() {
        DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
        List<String> violations = new ArrayList<>();
        for (String name : NAMES) {
            try (Controller controller = create(name, nominal, Map.of())) {
                checkFields(controller.getClass(), violations);
            }
        }
        Reference.reachabilityFence(nominal);
        assertTrue(violations.isEmpty(), String.join("\n", violations));
    }

    /** Checks a class and its superclasses, and recursively the types of this package it holds. */
    private static void checkFields(Class<?> type, List<String> violations) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
                    continue;
                }
                Class<?> t = field.getType();
                String where = c.getName() + "." + field.getName() + " (" + t.getSimpleName() + ")";
                if (DynamicsModel.class.isAssignableFrom(t)) {
                    violations.add(where + ": holds a dynamics model; use DynamicsRef");
                }
                if (Reference.class.isAssignableFrom(t)) {
                    violations.add(where + ": holds a java.lang.ref reference; use DynamicsRef");
                }
                if (Collection.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t)) {
                    violations.add(where + ": unbounded collection or map");
                }
                if (t == StringBuilder.class || t == StringBuffer.class || BaseStream.class.isAssignableFrom(t)) {
                    violations.add(where + ": string builder or stream");
                }
                if (t.isArray() && !Modifier.isFinal(field.getModifiers())) {
                    violations.add(where + ": array field must be final");
                }
                if (t == Object.class) {
                    violations.add(where + ": untyped field");
                }
                if (t.getPackageName().equals(SlidingModeController.class.getPackageName()) && !t.isEnum()
                        && !t.isPrimitive()) {
                    checkFields(t, violations);
                }
            }
        }
    }

    private static boolean awaitCollection(WeakReference<?> handle) {
        long deadline = System.nanoTime() + GC_TIMEOUT_NANOS;
        while (handle.get() != null) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            System.gc();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for garbage collection");
            }
        }
        assertNull(handle.get());
        return true;
    }

    private static long usedHeapAfterGc() {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
