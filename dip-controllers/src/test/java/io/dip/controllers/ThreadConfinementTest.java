package io.dip.controllers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import io.dip.dynamics.integrators.RungeKutta4;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Controllers are confined to one thread but share nothing mutable: eight threads, each with its own controllers
 * and models, reproduce a sequential run bit for bit, and one provider instance creates controllers concurrently.
 */
class ThreadConfinementTest {

    private static final int THREADS = 8;
    private static final double DT = 1e-3;
    private static final int STEPS = 2000;
    private static final List<String> NAMES = Plugins.controllerNames().toList();
    private static final double[][] INITIAL_STATES = {
        {0, 0.1, -0.05, 0, 0, 0}, {0, -0.2, 0.15, 0, 0, 0}, {0.5, 0.2, 0.2, 0.5, 0.5, -0.5}
    };

    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

    @AfterEach
    void shutDown() throws InterruptedException {
        pool.shutdownNow();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }

    /** Runs every controller from every initial state; returns each run's applied forces followed by its final state. */
    private static double[][] runAllScenarios(List<ControllerProvider> providers) {
        double[][] results = new double[providers.size() * INITIAL_STATES.length][];
        int r = 0;
        for (ControllerProvider provider : providers) {
            for (double[] initial : INITIAL_STATES) {
                DynamicsModel plant = new FullDynamics(PhysicalParameters.DEFAULTS);
                DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
                double[] x = initial.clone();
                double[] trace = new double[STEPS + x.length];
                try (Controller controller = provider.create(ControllerSpec.defaults(provider.name(), DT),
                        DynamicsRef.of(nominal))) {
                    ClosedLoop loop = new ClosedLoop(controller, new RungeKutta4(plant), DT, 150.0);
                    for (int k = 0; k < STEPS; k++) {
                        trace[k] = loop.step(k, x);
                    }
                } finally {
                    Reference.reachabilityFence(nominal);
                }
                System.arraycopy(x, 0, trace, STEPS, x.length);
                results[r++] = trace;
            }
        }
        return results;
    }

    private static List<ControllerProvider> providers() {
        List<ControllerProvider> providers = new ArrayList<>();
        for (String name : NAMES) {
            providers.add(Plugins.controller(name));
        }
        return providers;
    }

    @Test
    void parallelRunsAreBitIdenticalToASequentialRun() throws Exception {
        List<ControllerProvider> shared = providers();
        double[][] sequential = runAllScenarios(shared);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<double[][]>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            futures.add(pool.submit(() -> {
                start.await();
                return runAllScenarios(shared);
            }));
        }
        start.countDown();
        for (Future<double[][]> future : futures) {
            double[][] parallel = future.get(60, TimeUnit.SECONDS);
            assertEquals(sequential.length, parallel.length);
            for (int r = 0; r < sequential.length; r++) {
                assertArrayEquals(sequential[r], parallel[r], 0.0, "scenario " + r);
            }
        }
    }

    @Test
    void oneProviderCreatesControllersConcurrently() throws Exception {
        double[] probe = {0.05, 0.1, -0.05, 0.1, 0.2, -0.1};
        for (String name : NAMES) {
            ControllerProvider provider = Plugins.controller(name);
            DynamicsModel referenceModel = new FullDynamics(PhysicalParameters.DEFAULTS);
            double expected;
            try (Controller reference = provider.create(ControllerSpec.defaults(name, DT),
                    DynamicsRef.of(referenceModel))) {
                expected = reference.computeControl(0, probe, 0);
            }
            Reference.reachabilityFence(referenceModel);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<Integer> task = () -> {
                    start.await();
                    DynamicsModel nominal = new FullDynamics(PhysicalParameters.DEFAULTS);
                    int created = 0;
                    for (int i = 0; i < 200; i++) {
                        try (Controller controller = provider.create(ControllerSpec.defaults(name, DT),
                                DynamicsRef.of(nominal))) {
                            double u = controller.computeControl(0, probe, 0);
                            if (Double.doubleToRawLongBits(u) != Double.doubleToRawLongBits(expected)) {
                                throw new AssertionError(name + ": concurrent creation gave u = " + u + ", expected "
                                        + expected);
                            }
                            created++;
                        }
                    }
                    Reference.reachabilityFence(nominal);
                    return created;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Integer> future : futures) {
                assertEquals(200, future.get(60, TimeUnit.SECONDS), name);
            }
        }
    }
}
