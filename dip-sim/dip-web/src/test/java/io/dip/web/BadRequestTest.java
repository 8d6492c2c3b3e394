package io.dip.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A bad body gets 400 and the command line's one-line message; nothing starts. */
class BadRequestTest extends ServerTestBase {


    /** A body, and the {@code dip simulate} arguments that fail the same way. */
    static Stream<Arguments> sameAsTheCommandLine() {
        return Stream.of(
                Arguments.of("{\"config\": {\"simulation\": {\"dt\": -1}}}",
                        new String[] {"--set", "simulation.dt=-1"}),
                Arguments.of("{\"config\": {\"simulation\": {\"initial_state\": [0, 0.1]}}}",
                        new String[] {"--set", "simulation.initial_state=[0, 0.1]"}),
                Arguments.of("{\"config\": {\"simulation\": {\"durration\": 3}}}",
                        new String[] {"--set", "simulation.durration=3"}),
                Arguments.of("{\"config\": {\"simulation\": {\"plant\": \"nonesuch\"}}}",
                        new String[] {"--set", "simulation.plant=nonesuch"}),
                Arguments.of("{\"config\": {\"disturbances\": [{\"type\": \"impulse\", \"amplitude\": 5}]}}",
                        new String[] {"--set", "disturbances=[{type: impulse, amplitude: 5}]"}),
                Arguments.of("{\"config\": {\"seed\": -3}}", new String[] {"--set", "seed=-3"}),
                Arguments.of("{\"controller\": \"nonesuch\"}", new String[] {"--controller", "nonesuch"}),
                Arguments.of("{\"controller\": \"classical_smc\", \"gains\": [1, 2]}",
                        new String[] {"--controller", "classical_smc", "--gains", "1,2"}));
    }

    @ParameterizedTest
    @MethodSource("sameAsTheCommandLine")
    void messagesAreTheCommandLines(String body, String[] flags) {
        String[] args = new String[flags.length + 1];
        args[0] = "simulate";
        System.arraycopy(flags, 0, args, 1, flags.length);
        CommandLineRun cli = CommandLineRun.of(args);
        assertEquals(2, cli.exit(), cli.err());
        assertEquals(cli.errorLine(), error(body, 400));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1, 2]", "{\"controller\": 3}", "{\"gains\": \"1,2\"}",
        "{\"gains\": [1, \"a\"]}", "{\"config\": [1]}", "{\"controler\": \"sta_smc\"}",
        "{\"config\": {\"simulation\": {\"dt\": null}}}"})
    void malformedBodiesAreNamed(String body) {
        String message = error(body, 400);
        assertFalse(message.isBlank());
        assertFalse(message.contains("Exception"), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void theMessagesNameTheMemberAndTheValue() {
        assertEquals("unknown member 'controler' in the request body (expected config, controller, gains)",
                error("{\"controler\": \"sta_smc\"}", 400));
        assertEquals("gains: item 2 must be a finite number, got \"a\"", error("{\"gains\": [1, \"a\"]}", 400));
        assertTrue(error("not json", 400).startsWith("the request body is not valid JSON: "));
    }

    @Test
    void runsBeyondTheServersLimitsAreRefusedBeforeStarting() {
        assertEquals("the run takes 20000000 steps (duration / dt); this server runs at most 10000000 "
                + "(dip serve --max-steps)", error("{\"config\": {\"simulation\": {\"duration\": 20000}}}", 400));
        assertEquals("montecarlo.runs must be <= 1000 on this server (dip serve --max-runs), got 1001",
                errorOf("/api/montecarlo", "{\"config\": {\"montecarlo\": {\"runs\": 1001}}}", 400));
        assertEquals("gains: a tune starts from the controller's defaults; give a starting point as "
                + "config.controllers.classical_smc.gains", errorOf("/api/tune",
                "{\"controller\": \"classical_smc\", \"gains\": [1, 2, 3, 4, 5, 6]}", 400));
    }

    @Test
    void unknownJobsAndOutputsAreNotFound() {
        HttpResponse<String> missing = server.get("/api/simulations/sim-999999");
        assertEquals(404, missing.statusCode());
        assertTrue(TestServer.json(missing.body()).get("error").asText().startsWith("no simulations job"));
        String id = server.start("simulations", "{\"config\": {\"simulation\": {\"duration\": 0.1}}}");
        server.awaitEnd("simulations", id);
        assertEquals(404, server.get("/api/montecarlo/" + id).statusCode(), "ids are per kind");
        HttpResponse<String> pdf = server.get("/api/simulations/" + id + "/result.pdf");
        assertEquals(400, pdf.statusCode());
        assertEquals("simulations results are result.csv, result.json and result.png, not result.pdf",
                TestServer.json(pdf.body()).get("error").asText());
    }

    private static String error(String body, int status) {
        return errorOf("/api/simulations", body, status);
    }

    private static String errorOf(String path, String body, int status) {
        HttpResponse<String> response = server.post(path, body);
        assertEquals(status, response.statusCode(), response.body());
        JsonNode error = TestServer.json(response.body());
        assertEquals(1, error.size(), response.body());
        return error.get("error").asText();
    }
}
