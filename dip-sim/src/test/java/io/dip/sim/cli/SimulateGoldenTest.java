package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dip.dynamics.golden.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every run of {@code golden/closedloop.json} through {@code dip simulate --csv}: the CSV rows at the sampled times
 * must match the golden samples within 1e-6 absolute (state, and u where the sample has one), and the last row holds
 * the end state with empty u and sigma.
 */
class SimulateGoldenTest {

    private static final double TOLERANCE = 1e-6;
    private static final String HEADER = "t,x,theta1,theta2,x_dot,theta1_dot,theta2_dot,u,d,sigma";
    private static final int U = 7;
    private static final int D = 8;
    private static final int SIGMA = 9;

    @TempDir
    Path temp;

    @Test
    void everyGoldenRunMatchesTheCsvOfSimulate() throws IOException {
        JsonNode root = GoldenFiles.load("closedloop.json");
        JsonNode runs = root.path("runs");
        assertTrue(runs.isArray() && !runs.isEmpty(), "closedloop.json holds no run");
        Path config = writeConfig(root);
        double dt = GoldenFiles.number(root, "dt");
        long steps = Math.round(GoldenFiles.number(root, "duration") / dt);
        int index = 0;
        for (JsonNode run : runs) {
            String controller = GoldenFiles.required(run, "controller").asText();
            Path csv = temp.resolve("run-" + index++ + ".csv");
            CliRun result = CliRun.of("simulate", "--config", config.toString(), "--controller", controller,
                    "--gains", joined(GoldenFiles.numbers(run, "gains")),
                    "--initial-state", joined(GoldenFiles.numbers(run, "x0")),
                    "--duration", Double.toString(GoldenFiles.number(root, "duration")),
                    "--dt", Double.toString(dt), "--integrator", GoldenFiles.required(root, "integrator").asText(),
                    "--csv", csv.toString());
            assertEquals(0, result.exit(), controller + ": " + result);
            List<String[]> rows = readCsv(csv);
            assertEquals(steps + 1, rows.size(), controller + ": one row per step plus the end state");
            compare(controller, dt, GoldenFiles.required(run, "samples"), rows);
        }
    }

    private Path writeConfig(JsonNode root) throws IOException {
        StringBuilder yaml = new StringBuilder("physics:\n");
        for (Map.Entry<String, JsonNode> e : GoldenFiles.required(root, "physics").properties()) {
            yaml.append("  ").append(e.getKey()).append(": ").append(e.getValue().asDouble()).append('\n');
        }
        yaml.append("simulation:\n")
                .append("  plant: ").append(GoldenFiles.required(root, "plant").asText()).append('\n')
                .append("  nominal_model: ").append(GoldenFiles.required(root, "nominal_model").asText()).append('\n')
                .append("  max_force: ").append(GoldenFiles.number(root, "max_force")).append('\n');
        Path file = temp.resolve("golden.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static String joined(double[] values) {
        StringJoiner text = new StringJoiner(",");
        for (double v : values) {
            text.add(Double.toString(v));
        }
        return text.toString();
    }

    private static List<String[]> readCsv(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        assertEquals(HEADER, lines.get(0));
        List<String[]> rows = new ArrayList<>(lines.size() - 1);
        for (String line : lines.subList(1, lines.size())) {
            rows.add(line.split(",", -1));
        }
        return rows;
    }

    private static void compare(String controller, double dt, JsonNode samples, List<String[]> rows) {
        assertTrue(samples.size() > 1, controller + ": no samples");
        for (int s = 0; s < samples.size(); s++) {
            JsonNode sample = samples.get(s);
            double t = GoldenFiles.number(sample, "t");
            int row = (int) Math.round(t / dt);
            String where = controller + " sample " + s + " (t = " + t + ", CSV row " + row + ")";
            String[] cells = rows.get(row);
            assertEquals(10, cells.length, where);
            assertEquals(t, Double.parseDouble(cells[0]), 1e-9, where + ": t");
            double[] x = GoldenFiles.numbers(sample, "x");
            for (int i = 0; i < x.length; i++) {
                assertEquals(x[i], Double.parseDouble(cells[1 + i]), TOLERANCE, where + ": state " + i);
            }
            JsonNode u = sample.get("u");
            boolean last = s == samples.size() - 1;
            if (u == null || u.isNull()) {
                assertTrue(last, where + ": only the final sample has no u");
                assertEquals(rows.size() - 1, row, where + ": the end state is the last row");
                assertEquals("", cells[U], where + ": u of the end-state row");
                assertEquals("", cells[D], where + ": d of the end-state row");
                assertEquals("", cells[SIGMA], where + ": sigma of the end-state row");
            } else {
                assertEquals(u.asDouble(), Double.parseDouble(cells[U]), TOLERANCE, where + ": u");
                assertEquals(0.0, Double.parseDouble(cells[D]), 0.0, where + ": no disturbance");
                assertTrue(!cells[SIGMA].isEmpty(), where + ": sigma of a step row");
            }
        }
        assertTrue(samples.get(samples.size() - 1).path("u").isNull(), controller + ": golden end sample");
    }
}
