package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dip.sim.tuning.TunedGains;
import io.dip.sim.tuning.TuningResultFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code dip tune} in-process on small budgets and short runs. */
class TuneCommandTest {

    @TempDir
    Path temp;

    private CliRun tune(String... args) {
        List<String> all = new ArrayList<>(List.of("tune", "--no-progress", "--duration", "0.5", "--dt", "0.01",
                "--particles", "4", "--iterations", "2", "--config", config().toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private Path config() {
        Path file = temp.resolve("dip.yaml");
        if (!Files.exists(file)) {
            try {
                Files.writeString(file, "seed: 3\n");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return file;
    }

    @Test
    void writesTheBestGainsAndPrintsThemNextToTheDefaults() throws IOException {
        Path out = temp.resolve("best.json");
        Path plot = temp.resolve("convergence.png");
        CliRun r = tune("--controller", "classical_smc", "--seed", "1", "--out", out.toString(), "--plot",
                plot.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("Tuned classical_smc with pso, seed 1: 3 scenarios (configured)"), r.out());
        assertTrue(r.out().contains("GAIN") && r.out().contains("DEFAULT") && r.out().contains("TUNED"), r.out());
        assertTrue(r.out().contains("cost J"), r.out());
        assertTrue(r.out().contains("evaluations/s"), r.out());
        TunedGains gains = TuningResultFile.read(out);
        assertEquals("classical_smc", gains.controller());
        assertEquals(List.of("s0", "s1", "s2", "s3", "s4", "s5", "K", "kd"), gains.names());
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        assertEquals(1, root.get("seed").asLong());
        assertEquals(8, root.get("optimizer").get("evaluations").asInt());
        assertEquals(2, root.get("cost_history").size());
        assertEquals("configured", root.get("scenarios").get("kind").asText());
        assertEquals(3, root.get("scenarios").get("count").asInt());
        assertEquals(0.5, root.get("scenarios").get("common").get("duration").asDouble(), 0.0);
        assertEquals("0.1.0-SNAPSHOT", root.get("versions").get("dip").asText());
        assertNotNull(ImageIO.read(plot.toFile()), "a PNG convergence plot");
    }

    @Test
    void simulateRunsTheTunedGains() throws IOException {
        Path out = temp.resolve("for-simulate.json");
        assertEquals(0, tune("--controller", "sta", "--out", out.toString()).exit());
        Path json = temp.resolve("run.json");
        CliRun r = CliRun.of("simulate", "--gains", out.toString(), "--duration", "0.5", "--dt", "0.01", "--json",
                json.toString(), "--config", config().toString());
        assertEquals(0, r.exit(), r.toString());
        JsonNode controller = new ObjectMapper().readTree(json.toFile()).findValue("controller");
        assertNotNull(controller, "the run's JSON names its controller");
        assertTrue(controller.toString().contains("sta_smc"), controller.toString());
        double[] gains = TuningResultFile.read(out).values();
        assertTrue(controller.toString().contains(Double.toString(gains[6])), "runs with the tuned K1 "
                + gains[6] + ": " + controller);
    }

    @Test
    void theResultDoesNotDependOnTheThreadCount() {
        Path one = temp.resolve("one.json");
        Path four = temp.resolve("four.json");
        assertEquals(0, tune("--controller", "sta_smc", "--seed", "7", "--threads", "1", "--out", one.toString())
                .exit());
        assertEquals(0, tune("--controller", "sta_smc", "--seed", "7", "--threads", "4", "--out", four.toString())
                .exit());
        assertArrayEquals(TuningResultFile.read(one).values(), TuningResultFile.read(four).values(), 0.0);
    }

    @Test
    void fixedGainsKeepTheirDefaultAndBoundsNarrowTheSearch() {
        Path out = temp.resolve("fixed.json");
        CliRun r = tune("--controller", "classical_smc", "--fixed", "s0,s1,s2,s3,s4,s5", "--bounds", "K=2:3",
                "--out", out.toString());
        assertEquals(0, r.exit(), r.toString());
        double[] g = TuningResultFile.read(out).values();
        assertArrayEquals(new double[] {0.1221754344103595, -10.741444838907405, 12.216130357283888,
            0.228386064555021, -0.5586131459112993, 1.6384791698028844}, java.util.Arrays.copyOf(g, 6), 0.0);
        assertTrue(g[6] >= 2 && g[6] <= 3, "K within --bounds: " + g[6]);
    }

    @Test
    void robustSetAndExtraStatesAreCounted() throws IOException {
        Path out = temp.resolve("robust.json");
        CliRun r = tune("--controller", "adaptive_smc", "--robust", "--add-state", "0,0.3,-0.2,0,0,0", "--out",
                out.toString());
        assertEquals(0, r.exit(), r.toString());
        JsonNode scenarios = new ObjectMapper().readTree(out.toFile()).get("scenarios");
        assertEquals("robust+extra", scenarios.get("kind").asText());
        assertEquals(16, scenarios.get("count").asInt());
    }

    @Test
    void otherOptimisersRunBehindTheSameCommand() {
        for (String optimizer : new String[] {"cmaes", "nelder-mead"}) {
            Path out = temp.resolve(optimizer + ".json");
            CliRun r = tune("--controller", "classical_smc", "--optimizer", optimizer, "--out", out.toString());
            assertEquals(0, r.exit(), optimizer + ": " + r);
            assertTrue(r.out().contains("with " + optimizer.replace('-', '_')), r.out());
        }
    }

    @Test
    void configuredBoundsApply() throws IOException {
        Files.writeString(config(), "pso:\n  bounds:\n    classical_smc:\n"
                + "      min: [0.1, -12, 12, 0.2, -0.6, 1.6, 1, 1]\n"
                + "      max: [0.13, -10, 13, 0.3, -0.5, 1.7, 2, 2]\n");
        Path out = temp.resolve("configured.json");
        assertEquals(0, tune("--controller", "classical_smc", "--out", out.toString()).exit());
        double[] g = TuningResultFile.read(out).values();
        assertTrue(g[6] >= 1 && g[6] <= 2 && g[7] >= 1 && g[7] <= 2, java.util.Arrays.toString(g));
    }

    @Test
    void badInputIsAUsageErrorNamingIt() {
        assertUsage(tune("--controller", "classical_smc", "--bounds", "K2=1:2"), "unknown gain 'K2'");
        assertUsage(tune("--controller", "classical_smc", "--fixed", "Q"), "--fixed: unknown gain 'Q'");
        assertUsage(tune("--controller", "classical_smc", "--add-state", "0,1"), "--add-state");
        assertUsage(tune("--controller", "classical_smc", "--optimizer", "annealing"), "--optimizer");
        assertUsage(tune("--controller", "classical_smc", "--bounds", "K=-1:5"), "lower bounds");
        assertUsage(tune("--controller", "no_such"), "no_such");
    }

    private static void assertUsage(CliRun r, String expected) {
        assertEquals(ExitCodes.USAGE, r.exit(), r.toString());
        assertTrue(r.err().startsWith("dip: ") && r.err().contains(expected), r.err());
    }
}
