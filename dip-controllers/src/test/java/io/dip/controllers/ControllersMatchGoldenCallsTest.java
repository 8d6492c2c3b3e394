package io.dip.controllers;

import static io.dip.dynamics.golden.GoldenFiles.assertClose;
import static io.dip.dynamics.golden.GoldenFiles.number;
import static io.dip.dynamics.golden.GoldenFiles.numbers;
import static io.dip.dynamics.golden.GoldenFiles.required;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.Diagnostics;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
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
 * Every call of {@code golden/controllers.json}: successive {@code computeControl} calls on one controller
 * instance per controller (internal state carries over), checking u and the internal state the file gives after
 * each call ({@code sigma} and {@code v}, {@code K}, {@code k1}, {@code k2} where present) against the
 * diagnostics of the same name, to 1e-9 relative with a 1e-12 absolute floor.
 */
class ControllersMatchGoldenCallsTest {

    private static final double RELATIVE = 1e-9;
    private static final double ABSOLUTE = 1e-12;

    @TestFactory
    List<DynamicTest> everyGoldenCallMatches() {
        JsonNode root = GoldenFiles.load("controllers.json");
        PhysicalParameters physics = GoldenFiles.physics(root);
        double dt = number(root, "dt");
        double maxForce = number(root, "max_force");
        String nominalModel = required(root, "nominal_model").asText();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put(SlidingModeControllerProvider.BOUNDARY_LAYER, number(root, "boundary_layer"));
        options.put(SlidingModeControllerProvider.SWITCH_METHOD, required(root, "switch_method").asText());
        JsonNode controllers = required(root, "controllers");
        assertTrue(controllers.isObject() && !controllers.isEmpty(), "controllers.json lists no controller");

        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : controllers.properties()) {
            String name = entry.getKey();
            JsonNode golden = entry.getValue();
            tests.add(DynamicTest.dynamicTest(name, () -> {
                DynamicsModel model = Plugins.dynamics(nominalModel, physics);
                ControllerSpec spec = new ControllerSpec(numbers(golden, "gains"), dt, maxForce,
                        Options.of("controllers." + name, options));
                try (Controller controller = Plugins.controller(name).create(spec, DynamicsRef.of(model))) {
                    replay(name, controller, required(golden, "calls"), dt);
                } finally {
                    Reference.reachabilityFence(model);
                }
            }));
        }
        return tests;
    }

    private static void replay(String name, Controller controller, JsonNode calls, double dt) {
        assertTrue(calls.isArray() && !calls.isEmpty(), name + ": no calls");
        Diagnostics diagnostics = controller.diagnostics();
        double previous = 0.0;
        for (int i = 0; i < calls.size(); i++) {
            JsonNode call = calls.get(i);
            double u = controller.computeControl(i * dt, numbers(call, "x"), previous);
            String where = name + " call " + i;
            assertClose(where + " u", number(call, "u"), u, RELATIVE, ABSOLUTE);
            assertFalse(call.size() <= 2, where + ": no internal state given");
            for (Map.Entry<String, JsonNode> field : call.properties()) {
                String key = field.getKey();
                if (key.equals("x") || key.equals("u")) {
                    continue;
                }
                if (diagnostics.indexOf(key) < 0) {
                    fail(where + ": the controller has no diagnostic '" + key + "' (has " + diagnostics.names() + ")");
                }
                assertClose(where + " " + key, number(call, key), diagnostics.get(key), RELATIVE, ABSOLUTE);
            }
            previous = u;
        }
    }
}
