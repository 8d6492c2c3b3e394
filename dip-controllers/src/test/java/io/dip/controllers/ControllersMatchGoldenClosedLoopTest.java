package io.dip.controllers;

import static io.dip.dynamics.golden.GoldenFiles.assertClose;
import static io.dip.dynamics.golden.GoldenFiles.number;
import static io.dip.dynamics.golden.GoldenFiles.numbers;
import static io.dip.dynamics.golden.GoldenFiles.required;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.Integrator;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.golden.GoldenFiles;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sample of {@code golden/closedloop.json}: each run's controller in the closed loop of docs/model.md §5 over the
 * file's plant, nominal model and integrator, sampled every {@code sample_every} steps; t, x (before the step) and
 * the applied u (null on the final sample) to 1e-6 absolute.
 */
class ControllersMatchGoldenClosedLoopTest {

    private static final double ABSOLUTE = 1e-6;

    @TestFactory
    List<DynamicTest> everyGoldenSampleMatches() {
        JsonNode root = GoldenFiles.load("closedloop.json");
        PhysicalParameters physics = GoldenFiles.physics(root);
        String plantName = required(root, "plant").asText();
        String nominalName = required(root, "nominal_model").asText();
        String integratorName = required(root, "integrator").asText();
        double dt = number(root, "dt");
        long steps = Math.round(number(root, "duration") / dt);
        int sampleEvery = (int) number(root, "sample_every");
        double maxForce = number(root, "max_force");
        Map<String, Object> options = new LinkedHashMap<>();
        if (root.has("boundary_layer")) {
            options.put(SlidingModeControllerProvider.BOUNDARY_LAYER, number(root, "boundary_layer"));
        }
        if (root.has("switch_method")) {
            options.put(SlidingModeControllerProvider.SWITCH_METHOD, required(root, "switch_method").asText());
        }
        JsonNode runs = required(root, "runs");
        assertTrue(runs.isArray() && !runs.isEmpty(), "closedloop.json holds no run");

        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode run : runs) {
            String name = required(run, "controller").asText();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                DynamicsModel plant = Plugins.dynamics(plantName, physics);
                DynamicsModel nominal = Plugins.dynamics(nominalName, physics);
                Integrator integrator = Plugins.integrator(integratorName, plant);
                ControllerSpec spec = new ControllerSpec(numbers(run, "gains"), dt, maxForce,
                        Options.of("controllers." + name, options));
                try (Controller controller = Plugins.controller(name).create(spec, DynamicsRef.of(nominal))) {
                    compare(name, run, new ClosedLoop(controller, integrator, dt, maxForce), steps, sampleEvery, dt);
                } finally {
                    Reference.reachabilityFence(nominal);
                }
            }));
        }
        return tests;
    }

    private static void compare(String name, JsonNode run, ClosedLoop loop, long steps, int sampleEvery, double dt) {
        JsonNode samples = required(run, "samples");
        assertEquals(steps / sampleEvery + 1, samples.size(), name + ": sample count");
        double[] x = numbers(run, "x0");
        int sample = 0;
        for (long k = 0; k <= steps; k++) {
            boolean sampled = k % sampleEvery == 0;
            String where = name + " t=" + k * dt;
            if (sampled) {
                JsonNode expected = samples.get(sample++);
                assertClose(where + " t", number(expected, "t"), k * dt, 0.0, 1e-12);
                assertClose(where + " x", numbers(expected, "x"), x, 0.0, ABSOLUTE);
            }
            if (k == steps) {
                break;
            }
            double applied = loop.step(k, x);
            if (sampled) {
                assertClose(where + " u", number(samples.get(sample - 1), "u"), applied, 0.0, ABSOLUTE);
            }
        }
        JsonNode last = samples.get(samples.size() - 1);
        assertTrue(last.get("u") == null || last.get("u").isNull(), name + ": the final sample must have u = null");
    }
}
