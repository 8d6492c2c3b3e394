package io.dip.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Simulations through the API: the CSV is the command line's byte for byte, the stream and the outputs. */
class SimulationApiTest extends ServerTestBase {


    @TempDir
    Path dir;

    /** A request body and the {@code dip simulate} flags of the same scenario. */
    static Stream<Arguments> scenarios() {
        return Stream.of(
                Arguments.of("{\"controller\": \"classical_smc\", \"config\": {\"simulation\": {\"duration\": 1}}}",
                        List.of("--controller", "classical_smc", "--duration", "1")),
                Arguments.of("{\"controller\": \"super_twisting\","
                        + " \"gains\": [0.12, -10.7, 12.2, 0.23, -0.56, 1.64, 60, 40, 5.5],"
                        + " \"config\": {\"seed\": 7, \"simulation\": {\"duration\": 1.5, \"dt\": 0.002,"
                        + " \"integrator\": \"rk45\", \"plant\": \"simplified\", \"sample_every\": 3,"
                        + " \"initial_state\": [0.1, 0.2, -0.1, 0, 0.5, 0]},"
                        + " \"disturbances\": [{\"type\": \"impulse\", \"amplitude\": 5, \"start\": 0.5,"
                        + " \"width\": 0.1}, {\"type\": \"white_noise\", \"std\": 0.5, \"bandwidth\": 30}]}}",
                        List.of("--controller", "sta_smc", "--gains", "0.12,-10.7,12.2,0.23,-0.56,1.64,60,40,5.5",
                                "--seed", "7", "--duration", "1.5", "--dt", "0.002", "--integrator", "rk45",
                                "--plant", "simplified", "--sample-every", "3",
                                "--initial-state", "0.1,0.2,-0.1,0,0.5,0", "--set",
                                "disturbances=[{type: impulse, amplitude: 5, start: 0.5, width: 0.1},"
                                        + " {type: white_noise, std: 0.5, bandwidth: 30}]")),
                Arguments.of("{\"controller\": \"adaptive_smc\", \"config\": {\"simulation\": {\"duration\": 2,"
                        + " \"initial_state\": [0, 0.9, -0.8, 0, 0, 0]}}}",
                        List.of("--controller", "adaptive", "--duration", "2", "--initial-state", "0,0.9,-0.8,0,0,0")));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void theCsvOfAnApiRunIsTheCommandLinesByteForByte(String body, List<String> flags) throws IOException {
        String id = server.start("simulations", body);
        JsonNode end = server.awaitEnd("simulations", id);
        assertEquals("DONE", end.get("status").asText(), end.toString());
        HttpResponse<byte[]> csv = server.bytes("/api/simulations/" + id + "/result.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));

        Path file = dir.resolve("cli.csv");
        List<String> args = new ArrayList<>(List.of("simulate"));
        args.addAll(flags);
        args.addAll(List.of("--csv", file.toString()));
        CommandLineRun cli = CommandLineRun.of(args.toArray(String[]::new));
        assertEquals(0, cli.exit(), cli.err());
        assertArrayEquals(Files.readAllBytes(file), csv.body(), "API CSV differs from dip simulate --csv");
    }

    @Test
    void theStreamCarriesDecimatedSamplesInTimeOrderThenTheStatus() {
        String id = server.start("simulations", "{\"controller\": \"classical_smc\", \"config\":"
                + " {\"simulation\": {\"duration\": 20, \"dt\": 0.001}}}");
        List<TestServer.Event> events = server.events("simulations", id);
        TestServer.Event end = events.get(events.size() - 1);
        assertEquals(ServerEvent.END, end.name());
        assertEquals("DONE", end.data().get("status").asText());
        double last = -1;
        int samples = 0;
        for (TestServer.Event event : events.subList(0, events.size() - 1)) {
            assertEquals(StreamRecorder.EVENT, event.name());
            JsonNode t = event.data().get("t");
            for (String column : List.of("x", "theta1", "theta2", "u", "sigma")) {
                assertEquals(t.size(), event.data().get(column).size(), column);
            }
            for (JsonNode time : t) {
                assertTrue(time.asDouble() > last, "time goes forward");
                last = time.asDouble();
                samples++;
            }
        }
        long steps = end.data().get("summary").get("steps").asLong();
        assertEquals(20_000, steps);
        assertTrue(samples <= StreamRecorder.STREAM_ROWS, "decimated to at most " + StreamRecorder.STREAM_ROWS
                + ", got " + samples);
        assertTrue(samples >= StreamRecorder.STREAM_ROWS / 2, "a run this long streams about "
                + StreamRecorder.STREAM_ROWS + " samples, got " + samples);
        assertEquals(server.events("simulations", id), events, "a late subscriber replays the same stream");
    }

    @Test
    void statusJsonAndPngDescribeTheRun() {
        String id = server.start("simulations", "{\"controller\": \"classical_smc\", \"config\":"
                + " {\"simulation\": {\"duration\": 0.5}}}");
        server.awaitEnd("simulations", id);
        JsonNode status = TestServer.json(server.get("/api/simulations/" + id).body());
        assertEquals(id, status.get("id").asText());
        assertEquals("DONE", status.get("status").asText());
        assertTrue(status.get("error").isNull());
        JsonNode summary = status.get("summary");
        assertEquals(500, summary.get("steps").asLong());
        assertTrue(summary.get("metrics").has("ise"));
        assertFalse(summary.has("trajectory"), "the summary stays small");

        JsonNode result = TestServer.json(server.get("/api/simulations/" + id + "/result.json").body());
        assertEquals(summary.get("status"), result.get("status"));
        assertEquals(501, result.get("trajectory").size(), "every step and the end state");
        assertEquals(0.5, result.get("config").get("simulation").get("duration").asDouble());

        HttpResponse<byte[]> png = server.bytes("/api/simulations/" + id + "/result.png");
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png.body(), 4));
    }
}
