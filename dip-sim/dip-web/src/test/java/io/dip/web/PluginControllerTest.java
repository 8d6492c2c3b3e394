package io.dip.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.dip.api.ControllerProvider;
import io.dip.sim.testing.PluginJarBuilder;
import io.dip.sim.testing.PluginSources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A controller from a plugin jar ({@code dip serve --plugins DIR}) is offered and run like a built-in one. */
class PluginControllerTest {

    @TempDir
    Path dir;

    @Test
    void aPluginControllerIsListedWithItsGainsAndRunsAsOnTheCommandLine() throws IOException {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        new PluginJarBuilder("acme.jar")
                .source("com.acme.AcmeFeedbackProvider", PluginSources.controllerProvider("com.acme.AcmeFeedbackProvider", "acme_feedback",
                        "acme", ""))
                .service(ControllerProvider.class, "com.acme.AcmeFeedbackProvider")
                .writeTo(plugins);
        try (TestServer server = new TestServer(TestServer.STANDARD, plugins)) {
            JsonNode acme = null;
            for (JsonNode controller : TestServer.json(server.get("/api/plugins").body()).get("controllers")) {
                if (controller.get("name").asText().equals("acme_feedback")) {
                    acme = controller;
                }
            }
            assertEquals("acme.jar", acme == null ? null : acme.get("source").asText());
            assertEquals(6, acme.get("gains").size());
            JsonNode first = acme.get("gains").get(0);
            assertEquals(0.5, first.get("default").asDouble());
            assertEquals(0.0, first.get("lower").asDouble());
            assertEquals(5.0, first.get("upper").asDouble());

            String id = server.start("simulations", "{\"controller\": \"acme\", \"gains\": [1, 30, -20, 2, 3, 1],"
                    + " \"config\": {\"simulation\": {\"duration\": 1}}}");
            assertEquals("DONE", server.awaitEnd("simulations", id).get("status").asText());
            Path csv = dir.resolve("cli.csv");
            CommandLineRun cli = CommandLineRun.of("simulate", "--plugins", plugins.toString(), "--controller",
                    "acme_feedback", "--gains", "1,30,-20,2,3,1", "--duration", "1", "--csv", csv.toString());
            assertEquals(0, cli.exit(), cli.err());
            assertArrayEquals(Files.readAllBytes(csv), server.bytes("/api/simulations/" + id + "/result.csv").body());
        }
    }
}
