package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void eachControllerRunsTheSameScenarioAsSimulateWouldRunIt() throws IOException {
        Path json = temp.resolve("cmp.json");
        Path png = temp.resolve("cmp.png");
        CliRun run = CliRun.of("compare", "--controllers", "classical_smc,adaptive", "--duration", "2",
                "--initial-state", "0,-0.2,0.15,0,0,0", "--threads", "2", "--json", json.toString(),
                "--plot", png.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.outLines().get(0).matches("controller\\s+classical_smc\\s+adaptive_smc"), run.out());
        JsonNode runs = JSON.readTree(json.toFile()).get("runs");
        assertEquals(2, runs.size());
        for (JsonNode compared : runs) {
            String controller = compared.get("scenario").get("controller").get("name").asText();
            Path single = temp.resolve(controller + ".json");
            CliRun alone = CliRun.of("simulate", "--controller", controller, "--duration", "2",
                    "--initial-state", "0,-0.2,0.15,0,0,0", "--json", single.toString());
            assertEquals(0, alone.exit(), alone.toString());
            JsonNode expected = JSON.readTree(single.toFile());
            assertEquals(expected.get("metrics"), compared.get("metrics"), controller);
            assertEquals(expected.get("trajectory"), compared.get("trajectory"), controller);
            assertEquals(-0.2, compared.get("scenario").get("initial_state").get(1).asDouble());
        }
        assertEquals(1000, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void aControllerNamedTwiceIsRejected() {
        CliRun run = CliRun.of("compare", "--controllers", "sta_smc,super_twisting");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertEquals(List.of("dip: --controllers names sta_smc twice"), run.errLines());
    }

    @Test
    void anUnknownControllerIsRejectedBeforeAnythingIsWritten() throws IOException {
        CliRun run = CliRun.of("compare", "--controllers", "classical_smc,lqr", "--json",
                temp.resolve("x.json").toString(), "--plot", temp.resolve("x.png").toString());
        assertEquals(ExitCodes.USAGE, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("'lqr'"), run.err());
        try (var files = Files.list(temp)) {
            assertEquals(0, files.count());
        }
    }
}
