package io.dip.sim.engine;

import static io.dip.dynamics.golden.GoldenFiles.assertClose;
import static io.dip.dynamics.golden.GoldenFiles.number;
import static io.dip.dynamics.golden.GoldenFiles.numbers;
import static io.dip.dynamics.golden.GoldenFiles.required;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.golden.GoldenFiles;
import io.dip.sim.recording.CsvRecorder;
import io.dip.sim.recording.CsvRecording;
import io.dip.sim.recording.MemoryRecorder;
import io.dip.sim.recording.Trajectory;
import io.dip.sim.testing.Plugins;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every run of {@code golden/closedloop.json} through the engine, with the plant, nominal model, integrator and
 * controller found by ServiceLoader: the samples of an in-memory recording and of a streamed CSV file (one row every
 * {@code sample_every} steps, state before the step, applied u, final row with empty u) match t, x and u to 1e-6.
 */
class GoldenClosedLoopTest {

    private static final double ABSOLUTE = 1e-6;

    @TempDir
    Path tmp;

    @TestFactory
    List<DynamicTest> everyGoldenRunMatches() {
        JsonNode root = GoldenFiles.load("closedloop.json");
        PhysicalParameters physics = GoldenFiles.physics(root);
        String plant = required(root, "plant").asText();
        String nominal = required(root, "nominal_model").asText();
        String integrator = required(root, "integrator").asText();
        double dt = number(root, "dt");
        double duration = number(root, "duration");
        int sampleEvery = (int) number(root, "sample_every");
        double maxForce = number(root, "max_force");
        JsonNode runs = required(root, "runs");
        assertTrue(runs.isArray() && !runs.isEmpty(), "closedloop.json holds no run");
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode run : runs) {
            String controller = required(run, "controller").asText();
            tests.add(DynamicTest.dynamicTest(controller, () -> {
                Map<String, Object> options = new LinkedHashMap<>();
                for (String key : new String[] {"boundary_layer", "switch_method"}) {
                    if (root.has(key)) {
                        options.put(key, root.get(key).isNumber() ? root.get(key).doubleValue()
                                : root.get(key).asText());
                    }
                }
                Scenario scenario = Scenario.builder()
                        .plant(Plugins.dynamics(plant), physics)
                        .nominal(Plugins.dynamics(nominal), physics)
                        .integrator(Plugins.integrator(integrator), Options.empty("integrator"))
                        .controller(Plugins.controller(controller), numbers(run, "gains"),
                                Options.of("controllers." + controller, options))
                        .initialState(numbers(run, "x0"))
                        .duration(duration).dt(dt).maxForce(maxForce)
                        .build();
                JsonNode samples = required(run, "samples");

                SimulationResult inMemory = SimulationEngine.run(scenario,
                        new MemoryRecorder(MemoryRecorder.DEFAULT_RECORD_LIMIT, sampleEvery));
                assertEquals(StopStatus.COMPLETED, inMemory.status(), controller);
                compare(controller + " (memory)", samples, rows((Trajectory) inMemory.recording()));

                Path csv = tmp.resolve(controller + ".csv");
                SimulationResult streamed = SimulationEngine.run(scenario, new CsvRecorder(csv, sampleEvery));
                assertEquals(csv.toAbsolutePath(), ((CsvRecording) streamed.recording()).path());
                compare(controller + " (csv)", samples, readCsv(csv));
            }));
        }
        return tests;
    }

    /** Rows of [t, x(6), u] with u = NaN on the end row. */
    private static List<double[]> rows(Trajectory t) {
        List<double[]> rows = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            double[] row = new double[8];
            row[0] = t.time(r);
            for (int i = 0; i < 6; i++) {
                row[1 + i] = t.state(r, i);
            }
            row[7] = t.control(r);
            rows.add(row);
        }
        double[] last = new double[8];
        last[0] = t.finalTime();
        System.arraycopy(t.finalState(), 0, last, 1, 6);
        last[7] = Double.NaN;
        rows.add(last);
        return rows;
    }

    private static List<double[]> readCsv(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        assertEquals(String.join(",", Trajectory.COLUMNS), lines.get(0));
        List<double[]> rows = new ArrayList<>();
        for (int l = 1; l < lines.size(); l++) {
            String[] cells = lines.get(l).split(",", -1);
            assertEquals(Trajectory.WIDTH, cells.length, "cells of line " + l);
            double[] row = new double[8];
            for (int c = 0; c < 7; c++) {
                row[c] = Double.parseDouble(cells[c]);
            }
            boolean last = l == lines.size() - 1;
            assertEquals(last, cells[7].isEmpty(), "u empty only on the end row, line " + l);
            assertEquals(last, cells[8].isEmpty(), "sigma empty only on the end row, line " + l);
            row[7] = last ? Double.NaN : Double.parseDouble(cells[7]);
            rows.add(row);
        }
        return rows;
    }

    private static void compare(String what, JsonNode samples, List<double[]> rows) {
        assertEquals(samples.size(), rows.size(), what + ": sample count");
        for (int s = 0; s < samples.size(); s++) {
            JsonNode expected = samples.get(s);
            double[] row = rows.get(s);
            String where = what + " sample " + s;
            assertClose(where + " t", number(expected, "t"), row[0], 0.0, 1e-12);
            double[] x = new double[6];
            System.arraycopy(row, 1, x, 0, 6);
            assertClose(where + " x", numbers(expected, "x"), x, 0.0, ABSOLUTE);
            JsonNode u = expected.get("u");
            if (u == null || u.isNull()) {
                assertEquals(samples.size() - 1, s, where + ": only the end sample has no u");
                assertTrue(Double.isNaN(row[7]), where + ": the end row has no u");
            } else {
                assertClose(where + " u", u.doubleValue(), row[7], 0.0, ABSOLUTE);
            }
        }
    }
}
