package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonteCarloCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private CliRun study(String json, String... more) {
        List<String> args = new ArrayList<>(List.of("montecarlo", "--controller", "classical_smc",
                "--runs", "12", "--duration", "2", "--dt", "0.005", "--json", temp.resolve(json).toString(),
                "--no-progress"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Drops the wall-clock figures, the only ones allowed to differ between two runs of a study. */
    private JsonNode report(String name) throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(temp.resolve(name).toFile());
        root.remove("wall_time_s");
        return root;
    }

    @Test
    void theSameSeedGivesTheSameReportWhateverTheThreads() throws IOException {
        CliRun one = study("one.json", "--seed", "11", "--threads", "1");
        CliRun four = study("four.json", "--seed", "11", "--threads", "4");
        assertEquals(0, one.exit(), one.toString());
        assertEquals(0, four.exit(), four.toString());
        JsonNode a = report("one.json");
        assertEquals(a, report("four.json"));
        assertEquals(tableOf(one), tableOf(four));
        assertEquals(12, a.get("runs").size());
        int completed = 0;
        for (JsonNode run : a.get("runs")) {
            completed += run.get("status").asText().equals("COMPLETED") ? 1 : 0;
        }
        assertEquals(completed, a.get("successes").asInt());
        assertTrue(one.out().contains("Monte Carlo study of classical_smc: 12 runs, seed 11, 1 thread(s)"),
                one.out());
    }

    /** @return the printed report without its first line (thread count) and last lines (wall time, files) */
    private static List<String> tableOf(CliRun run) {
        List<String> lines = run.outLines();
        return lines.subList(1, lines.size() - 2);
    }

    @Test
    void drawsFollowTheSeedAndTheConfiguredRanges() throws IOException {
        Path config = Files.writeString(temp.resolve("dip.yaml"), """
                montecarlo:
                  initial_state_range: [0.0, 0.05, 0.0, 0.0, 0.0, 0.0]
                physics_uncertainty:
                  cart_mass: 0.2
                """);
        assertEquals(0, study("a.json", "--seed", "1", "--config", config.toString()).exit());
        assertEquals(0, study("b.json", "--seed", "2", "--config", config.toString()).exit());
        JsonNode a = report("a.json");
        assertNotEquals(a.get("runs"), report("b.json").get("runs"));
        for (JsonNode run : a.get("runs")) {
            JsonNode x0 = run.get("initial_state");
            assertEquals(0.0, x0.get(0).asDouble());
            assertTrue(Math.abs(x0.get(1).asDouble() - 0.1) <= 0.05, x0.toString());
            assertEquals(-0.05, x0.get(2).asDouble());
            double cart = run.get("physics").get("cart_mass").asDouble();
            assertTrue(cart >= 1.5 * 0.8 && cart <= 1.5 * 1.2, "cart_mass " + cart);
            assertEquals(9.81, run.get("physics").get("gravity").asDouble());
        }
    }

    @Test
    void theHistogramIsAPng() throws IOException {
        Path png = temp.resolve("hist.png");
        // 2 s runs end before they settle: their settling time has no histogram, their overshoot has
        CliRun run = study("h.json", "--plot", png.toString(), "--plot-metric", "overshoot");
        assertEquals(0, run.exit(), run.toString());
        assertEquals(900, ImageIO.read(png.toFile()).getWidth());
        assertTrue(run.out().contains("wrote " + png), run.out());
    }

    @Test
    void badStudySettingsAreRejected() {
        CliRun zero = CliRun.of("montecarlo", "--runs", "0");
        assertEquals(ExitCodes.USAGE, zero.exit());
        assertEquals(List.of("dip: montecarlo.runs must be an integer >= 1, got 0 (from --runs)"), zero.errLines());
        CliRun metric = CliRun.of("montecarlo", "--plot-metric", "beauty");
        assertEquals(ExitCodes.USAGE, metric.exit());
        assertEquals(1, metric.errLines().size());
        assertTrue(metric.err().contains("ise, settling_time"), metric.err());
        CliRun threads = CliRun.of("montecarlo", "--threads", "0", "--runs", "1");
        assertEquals(ExitCodes.USAGE, threads.exit());
        assertEquals(List.of("dip: --threads must be >= 1, got 0"), threads.errLines());
    }
}
