package io.dip.sim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dip.sim.recording.CsvRecorder;
import io.dip.sim.recording.MemoryRecorder;
import io.dip.sim.recording.Trajectory;
import io.dip.sim.testing.TestScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultJsonWriterTest {

    @TempDir
    Path tmp;

    @Test
    void embedsASmallTrajectoryWithTheScenarioSeedStatusAndMetrics() throws IOException {
        SimulationResult result = SimulationEngine.run(TestScenarios.dampedPd().duration(0.05).seed(77).build(),
                new MemoryRecorder());
        Path file = tmp.resolve("out/result.json");
        new ResultJsonWriter().write(result, file);
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        assertEquals(77, root.get("seed").asLong());
        assertEquals("COMPLETED", root.get("status").asText());
        assertEquals(50, root.get("steps").asLong());
        assertEquals("test_pd", root.at("/scenario/controller/name").asText());
        assertEquals(0.3, root.at("/scenario/initial_state/0").asDouble());
        assertEquals(result.cost(), root.at("/metrics/cost").asDouble());
        assertFalse(result.metrics().settled(), "0.05 s is too short to settle");
        assertTrue(root.at("/metrics/settling_time").isNull());
        assertFalse(root.at("/metrics/settled").asBoolean());
        assertTrue(root.get("reason").isNull());
        assertEquals(10.0, root.at("/scenario/controller/gains/0").asDouble(), "the resolved default gains");
        assertEquals(5.0, root.at("/scenario/controller/gains_by_name/kd").asDouble());
        JsonNode samples = root.get("trajectory");
        assertEquals(51, samples.size());
        Trajectory t = (Trajectory) result.recording();
        assertEquals(t.control(7), samples.get(7).get("u").asDouble());
        assertEquals(t.state(7, 1), samples.get(7).get("x").get(1).asDouble());
        assertTrue(samples.get(50).get("u").isNull());
        assertEquals(0.05, samples.get(50).get("t").asDouble(), 1e-15);
        assertFalse(Files.exists(tmp.resolve("out/result.json.partial")));
    }

    @Test
    void pointsToTheCsvInsteadOfEmbeddingALargeTrajectory() throws IOException {
        Path csv = tmp.resolve("run.csv");
        SimulationResult streamed = SimulationEngine.run(TestScenarios.dampedPd().build(), new CsvRecorder(csv, 1));
        JsonNode root = new ResultJsonWriter().toJson(streamed);
        assertEquals(csv.toAbsolutePath().toString(), root.at("/recording/csv").asText());
        assertEquals(2000, root.at("/recording/rows").asLong());
        assertFalse(root.has("trajectory"));

        SimulationResult inMemory = SimulationEngine.run(TestScenarios.dampedPd().build(), new MemoryRecorder());
        assertFalse(new ResultJsonWriter(1999).toJson(inMemory).has("trajectory"));
        assertTrue(new ResultJsonWriter(2000).toJson(inMemory).has("trajectory"));
    }
}
