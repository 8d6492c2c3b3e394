package io.dip.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Concurrent jobs are limited, old results evicted, and a stopped run keeps what it computed. */
class JobLimitsTest {

    private static final String LONG_RUN = "{\"config\": {\"simulation\": {\"duration\": 9000, \"dt\": 0.001,"
            + " \"stop_on_failure\": false}}}";

    @Test
    void aJobBeyondTheLimitIsRefusedAndAStoppedRunKeepsItsResult() {
        try (TestServer server = new TestServer(new ServerLimits(1, 1, 10, 10_000_000, 1))) {
            String first = server.start("simulations", LONG_RUN);
            HttpResponse<String> refused = server.post("/api/simulations", "{}");
            assertEquals(429, refused.statusCode());
            assertEquals("1 job is already running, the most this server runs at once (dip serve --max-jobs); "
                    + "try again when one has finished", TestServer.json(refused.body()).get("error").asText());
            HttpResponse<String> early = server.get("/api/simulations/" + first + "/result.csv");
            assertEquals(409, early.statusCode(), "no output before the end: " + early.body());

            assertEquals(200, server.delete("/api/simulations/" + first).statusCode());
            JsonNode end = server.awaitEnd("simulations", first);
            assertEquals("DONE", end.get("status").asText());
            assertEquals("CANCELLED", end.get("summary").get("status").asText());
            assertTrue(end.get("summary").get("steps").asLong() < 9_000_000L);
            assertEquals(200, server.get("/api/simulations/" + first + "/result.json").statusCode());

            String second = server.start("simulations", "{\"config\": {\"simulation\": {\"duration\": 0.1}}}");
            server.awaitEnd("simulations", second);
            assertEquals(404, server.get("/api/simulations/" + first).statusCode(), "evicted beyond --keep 1");
            assertEquals(200, server.get("/api/simulations/" + second).statusCode());
        }
    }
}
