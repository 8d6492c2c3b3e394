package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dip simulate} as a user runs it: the summary table, the output files and flags over the file. */
class SimulateCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void theDefaultRunBalancesThePendulumAndPrintsTheTable() {
        CliRun run = CliRun.of("simulate");
        assertEquals(0, run.exit(), run.toString());
        List<String> lines = run.outLines();
        assertTrue(lines.get(0).matches("controller\\s+classical_smc"), lines.get(0));
        assertTrue(lines.get(1).matches("status\\s+COMPLETED"), lines.get(1));
        assertTrue(lines.get(3).matches("steps\\s+10000"), lines.get(3));
        String finalAngle = value(lines, "final max |θ| (rad)");
        assertTrue(Double.parseDouble(finalAngle) < 0.025, "docs/model.md §6: the pendulum is up after 10 s, "
                + finalAngle);
        assertTrue(Double.parseDouble(value(lines, "steps/s").replace(",", "")) > 0);
        assertTrue(run.out().contains("peak heap used: "), run.out());
        assertEquals("", run.err());
    }

    private static String value(List<String> lines, String label) {
        for (String line : lines) {
            if (line.startsWith(label + " ")) {
                return line.substring(label.length()).strip();
            }
        }
        throw new AssertionError("no row '" + label + "' in " + lines);
    }

    @Test
    void jsonEmbedsTheTrajectoryWithTheConfigurationAndSeed() throws IOException {
        Path json = temp.resolve("run.json");
        CliRun run = CliRun.of("simulate", "--controller", "sta", "--duration", "0.5", "--seed", "5",
                "--json", json.toString());
        assertEquals(0, run.exit(), run.toString());
        JsonNode root = JSON.readTree(json.toFile());
        assertEquals("COMPLETED", root.get("status").asText());
        assertEquals(5, root.get("seed").asLong());
        assertEquals(5, root.get("config").get("seed").asLong());
        assertEquals(0.5, root.get("config").get("simulation").get("duration").asDouble());
        assertEquals("sta_smc", root.get("scenario").get("controller").get("name").asText());
        JsonNode trajectory = root.get("trajectory");
        assertEquals(501, trajectory.size(), "500 steps and the end state");
        assertEquals(0.1, trajectory.get(0).get("x").get(1).asDouble());
        assertTrue(trajectory.get(500).get("u").isNull());
        assertEquals(0.5, trajectory.get(500).get("t").asDouble(), 1e-12);
        assertTrue(root.get("metrics").get("ise").asDouble() > 0);
        assertTrue(run.out().contains("wrote " + json), run.out());
    }

    @Test
    void longRunsKeepABoundedTrajectoryInMemory() throws IOException {
        Path json = temp.resolve("long.json");
        CliRun run = CliRun.of("simulate", "--duration", "25", "--dt", "0.001", "--json", json.toString());
        assertEquals(0, run.exit(), run.toString());
        JsonNode root = JSON.readTree(json.toFile());
        assertEquals(25_000, root.get("steps").asLong());
        assertEquals(3, root.get("recording").get("sample_every").asInt(), "⌈25000 / 10000⌉");
        assertEquals(8334 + 1, root.get("trajectory").size());
        assertEquals(0.003, root.get("trajectory").get(1).get("t").asDouble(), 1e-12);
    }

    @Test
    void withCsvTheJsonNamesTheFileAndTheCsvIsDecimated() throws IOException {
        Path csv = temp.resolve("run.csv");
        Path json = temp.resolve("run.json");
        CliRun run = CliRun.of("simulate", "--duration", "1", "--dt", "0.01", "--sample-every", "7",
                "--csv", csv.toString(), "--json", json.toString());
        assertEquals(0, run.exit(), run.toString());
        List<String> lines = Files.readAllLines(csv);
        assertEquals("t,x,theta1,theta2,x_dot,theta1_dot,theta2_dot,u,d,sigma", lines.get(0));
        assertEquals(1 + 15 + 1, lines.size(), "header, steps 0, 7, ..., 98, end state");
        assertTrue(lines.get(2).startsWith("0.07,"), lines.get(2));
        assertTrue(lines.get(16).startsWith("1.0,") && lines.get(16).endsWith(",,,"), lines.get(16));
        JsonNode root = JSON.readTree(json.toFile());
        assertEquals(csv.toAbsolutePath().toString(), root.get("recording").get("csv").asText());
        assertEquals(15, root.get("recording").get("rows").asInt(), "steps 0, 7, ..., 98");
        assertTrue(root.get("trajectory") == null, "the trajectory is in the CSV file");
    }

    @Test
    void flagsOverrideTheConfigurationFile() throws IOException {
        Path config = Files.writeString(temp.resolve("dip.yaml"), """
                simulation:
                  duration: 3.0
                  dt: 0.01
                  integrator: euler
                """);
        Path json = temp.resolve("run.json");
        CliRun run = CliRun.of("simulate", "--config", config.toString(), "--dt", "0.005", "--json",
                json.toString());
        assertEquals(0, run.exit(), run.toString());
        JsonNode root = JSON.readTree(json.toFile());
        assertEquals(600, root.get("steps").asLong(), "3 s from the file at 5 ms from the flag");
        assertEquals("euler", root.get("scenario").get("integrator").get("name").asText());
        assertEquals(0.005, root.get("config").get("simulation").get("dt").asDouble());
    }

    @Test
    void thePlotIsAPngOfFourPanels() throws IOException {
        Path png = temp.resolve("run.png");
        CliRun run = CliRun.of("simulate", "--duration", "1", "--plot", png.toString());
        assertEquals(0, run.exit(), run.toString());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertTrue(image.getHeight() >= 4 * 240, "four panels of 240 px, legend and time axis title: "
                + image.getHeight());
        assertEquals(List.of("run.png"), fileNames());
    }

    @Test
    void aControllerThatFallsIsReportedNotAnError() throws IOException {
        Path csv = temp.resolve("fell.csv");
        // the super-twisting gains docs/model.md §6 started from (K1 = K2 = kd = 5) fall from this state
        CliRun run = CliRun.of("simulate", "--controller", "sta_smc", "--initial-state", "0,0.3,-0.2,0,0,0",
                "--gains", "0.1221754344103595,-10.741444838907405,12.216130357283888,0.228386064555021,"
                        + "-0.5586131459112993,1.6384791698028844,5,5,5",
                "--csv", csv.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.outLines().get(1).matches("status\\s+FELL"), run.out());
        List<String> lines = Files.readAllLines(csv);
        String[] end = lines.get(lines.size() - 1).split(",", -1);
        double theta = Math.max(Math.abs(Double.parseDouble(end[2])), Math.abs(Double.parseDouble(end[3])));
        assertTrue(theta > Math.PI / 2, "the last row is the state past π/2: " + theta);
        assertEquals(List.of("fell.csv"), fileNames());
    }

    private List<String> fileNames() throws IOException {
        try (var files = Files.list(temp)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
