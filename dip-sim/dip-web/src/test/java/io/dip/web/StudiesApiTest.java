package io.dip.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dip.sim.runtime.PluginRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Monte Carlo studies and tunes through the API give the command line's results, with progress events. */
class StudiesApiTest extends ServerTestBase {


    @TempDir
    Path dir;

    @Test
    void aMonteCarloStudyReportsProgressAndTheCommandLinesStatistics() throws Exception {
        String id = server.start("montecarlo", "{\"controller\": \"classical_smc\", \"config\":"
                + " {\"montecarlo\": {\"runs\": 8}, \"simulation\": {\"duration\": 0.5}}}");
        List<TestServer.Event> events = server.events("montecarlo", id);
        List<TestServer.Event> progress = events.stream().filter(e -> e.name().equals("progress")).toList();
        assertEquals(8, progress.size(), "one event per finished run when there are fewer than 100");
        assertEquals(8, progress.get(progress.size() - 1).data().get("done").asInt());
        JsonNode summary = events.get(events.size() - 1).data().get("summary");
        long binned = 0;
        for (JsonNode count : summary.get("histograms").get("ise").get("counts")) {
            binned += count.asLong();
        }
        assertEquals(summary.get("successes").asLong(), binned, "every successful run in the ISE histogram");

        Path json = dir.resolve("mc.json");
        CommandLineRun cli = CommandLineRun.of("montecarlo", "--controller", "classical_smc", "--runs", "8",
                "--duration", "0.5", "--threads", "1", "--json", json.toString());
        assertEquals(0, cli.exit(), cli.err());
        JsonNode expected = TestServer.json(Files.readString(json));
        assertEquals(expected.get("statistics_of_successful_runs"), summary.get("statistics_of_successful_runs"));
        assertEquals(expected.get("status_counts"), summary.get("status_counts"));
        String csv = server.get("/api/montecarlo/" + id + "/result.csv").body();
        assertEquals(9, csv.lines().count(), "a header and one row per run");
        assertEquals(200, server.bytes("/api/montecarlo/" + id + "/result.png?metric=peak_control").statusCode());
        assertEquals(400, server.get("/api/montecarlo/" + id + "/result.png?metric=nonesuch").statusCode());
    }

    @Test
    void aTuneReportsEachIterationAndGainsTheSimulationAccepts() {
        String id = server.start("tune", "{\"controller\": \"classical_smc\", \"config\": {\"pso\":"
                + " {\"n_particles\": 4, \"iters\": 3, \"duration\": 0.3}}}");
        List<TestServer.Event> events = server.events("tune", id);
        List<Integer> iterations = events.stream().filter(e -> e.name().equals("progress"))
                .map(e -> e.data().get("iteration").asInt()).toList();
        assertTrue(!iterations.isEmpty() && iterations.get(0) == 1, "iterations from 1: " + iterations);
        JsonNode end = events.get(events.size() - 1).data();
        assertEquals("DONE", end.get("status").asText(), end.toString());
        JsonNode summary = end.get("summary");
        assertEquals(iterations.size(), summary.get("cost_history").size());
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            List<String> names = registry.controller("classical_smc").gains().names();
            assertEquals(names, iteratorToList(summary.get("gains")));
        }
        assertTrue(summary.get("cost").asDouble() <= summary.get("default_cost").asDouble());
        double[] tuned = new double[summary.get("gains").size()];
        int i = 0;
        for (JsonNode gain : summary.get("gains")) {
            tuned[i++] = gain.asDouble();
        }
        StringBuilder body = new StringBuilder("{\"controller\": \"classical_smc\", \"gains\": [");
        for (int k = 0; k < tuned.length; k++) {
            body.append(k == 0 ? "" : ", ").append(tuned[k]);
        }
        String run = server.start("simulations", body.append("]}").toString());
        JsonNode applied = server.awaitEnd("simulations", run);
        assertEquals("DONE", applied.get("status").asText());
        JsonNode controller = TestServer.json(server.get("/api/simulations/" + run + "/result.json").body())
                .get("scenario").get("controller");
        double[] used = new double[tuned.length];
        for (int k = 0; k < used.length; k++) {
            used[k] = controller.get("gains").get(k).asDouble();
        }
        assertArrayEquals(tuned, used);
    }

    private static List<String> iteratorToList(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
