package io.dip.sim.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TuningResultFileTest {

    @TempDir
    Path dir;

    private static TuningReport report() {
        double[] best = {-12.345678901234567, 0.1 + 0.2, 7.000000000000001};
        OptimizationResult result = new OptimizationResult("pso", best, 0.123456789, new double[] {2, 1, 0.123456789},
                120, 3, 77, BoundsOverrides.of(BoundsOverridesTest.SPACE),
                SwarmSettings.DEFAULTS.withParticles(40).asMap(),
                Duration.ofMillis(1500), Termination.BUDGET_EXHAUSTED);
        return new TuningReport("classical_smc", BoundsOverridesTest.SPACE, result, 0.5,
                Map.of("kind", "robust", "count", 15), 360, 1_800_000, Map.of("dip", "0.1.0", "java", "17"));
    }

    @Test
    void gainsRoundTripToTheLastBit() {
        Path file = dir.resolve("sub/best.json");
        TuningResultFile.write(file, report());
        TunedGains g = TuningResultFile.read(file);
        assertEquals("classical_smc", g.controller());
        assertEquals(List.of("s1", "K", "kd"), g.names());
        assertArrayEquals(new double[] {-12.345678901234567, 0.1 + 0.2, 7.000000000000001}, g.values(), 0.0);
        assertArrayEquals(g.values(), g.vectorFor(BoundsOverridesTest.SPACE), 0.0);
    }

    @Test
    void theFileHoldsTheWholeReport() throws IOException {
        Path file = dir.resolve("best.json");
        TuningResultFile.write(file, report());
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals("dip-tuning-result", root.get("format").asText());
        assertEquals(0.123456789, root.get("cost").asDouble(), 0.0);
        assertEquals(0.5, root.get("default_cost").asDouble(), 0.0);
        assertEquals(3, root.get("cost_history").size());
        assertEquals(77, root.get("seed").asLong());
        assertEquals(-21.4, root.get("bounds").get("s1").get("min").asDouble(), 0.0);
        assertEquals(50, root.get("bounds").get("K").get("max").asDouble(), 0.0);
        assertEquals(10, root.get("default_gains").get("kd").asDouble(), 0.0);
        assertEquals("pso", root.get("optimizer").get("name").asText());
        assertEquals(40, root.get("optimizer").get("settings").get("n_particles").asInt());
        assertEquals(1.5, root.get("optimizer").get("wall_time_s").asDouble(), 1e-12);
        assertEquals(80, root.get("optimizer").get("evaluations_per_s").asDouble(), 1e-9);
        assertEquals(1_200_000, root.get("optimizer").get("steps_per_s").asDouble(), 1e-6);
        assertEquals("robust", root.get("scenarios").get("kind").asText());
        assertEquals("17", root.get("versions").get("java").asText());
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no temporary file is left behind");
        }
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            Path plain = Files.writeString(dir.resolve("plain.txt"), "x");
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(file),
                    "the result file gets the usual permissions, not a temporary file's");
        }
    }

    @Test
    void aHandWrittenFileIsAccepted() throws IOException {
        Path file = dir.resolve("hand.json");
        Files.writeString(file, "{\"controller\": \"classical_smc\", \"gains\": {\"kd\": 3, \"K\": 2, \"s1\": -9}}");
        TunedGains g = TuningResultFile.read(file);
        assertArrayEquals(new double[] {-9, 2, 3}, g.vectorFor(BoundsOverridesTest.SPACE), 0.0);
    }

    @Test
    void gainsThatDoNotFitTheControllerAreListed() throws IOException {
        Path file = dir.resolve("other.json");
        Files.writeString(file, "{\"controller\": \"sta_smc\", \"gains\": {\"s1\": -9, \"K1\": 2, \"kd\": 3}}");
        TunedGains g = TuningResultFile.read(file);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> g.vectorFor(BoundsOverridesTest.SPACE));
        assertTrue(e.getMessage().contains("missing [K]") && e.getMessage().contains("unknown [K1]"),
                e.getMessage());
    }

    @Test
    void badFilesAreRejectedNamingFileAndKey() throws IOException {
        assertRejected(null, "does not exist");
        assertRejected("{not json", "not valid JSON");
        assertRejected("[1, 2]", "JSON object");
        assertRejected("{\"format\": \"other\", \"controller\": \"x\", \"gains\": {\"a\": 1}}", "format");
        assertRejected("{\"gains\": {\"a\": 1}}", "'controller'");
        assertRejected("{\"controller\": \"x\"}", "'gains'");
        assertRejected("{\"controller\": \"x\", \"gains\": {}}", "'gains'");
        assertRejected("{\"controller\": \"x\", \"gains\": {\"K\": \"big\"}}", "gains.K");
    }

    private void assertRejected(String content, String expected) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.deleteIfExists(file);
        if (content != null) {
            Files.writeString(file, content);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TuningResultFile.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
