package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dip simulate --gains FILE.json}: the gains of a tuning result file, by name, for its controller. */
class SimulateGainsFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** sta_smc's gains written out of vector order, as a hand-edited file may hold them. */
    private static final String TUNED_STA = """
            {"format": "dip-tuning-result", "format_version": 1, "controller": "sta_smc",
             "gains": {"K2": 4.5, "kd": 6.0, "K1": 5.5, "s0": 0.13, "s1": -10.5, "s2": 12.0, "s3": 0.25,
                       "s4": -0.55, "s5": 1.6},
             "cost": 1.25}
            """;

    @TempDir
    Path temp;

    @Test
    void theFileChoosesTheControllerAndItsGainsInVectorOrder() throws IOException {
        Path gains = Files.writeString(temp.resolve("tuned.json"), TUNED_STA);
        Path json = temp.resolve("run.json");
        CliRun run = CliRun.of("simulate", "--gains", gains.toString(), "--duration", "0.2", "--json",
                json.toString());
        assertEquals(0, run.exit(), run.toString());
        JsonNode controller = JSON.readTree(json.toFile()).get("scenario").get("controller");
        assertEquals("sta_smc", controller.get("name").asText());
        double[] vector = JSON.convertValue(controller.get("gains"), double[].class);
        assertArrayEquals(new double[] {0.13, -10.5, 12.0, 0.25, -0.55, 1.6, 5.5, 4.5, 6.0}, vector);
        assertTrue(run.outLines().get(0).endsWith("sta_smc"), run.out());
    }

    @Test
    void anAliasOfTheSameControllerIsAccepted() throws IOException {
        Path gains = Files.writeString(temp.resolve("tuned.json"), TUNED_STA);
        CliRun run = CliRun.of("simulate", "--controller", "super_twisting", "--gains", gains.toString(),
                "--duration", "0.2");
        assertEquals(0, run.exit(), run.toString());
    }

    @Test
    void anotherControllerIsRejected() throws IOException {
        Path gains = Files.writeString(temp.resolve("tuned.json"), TUNED_STA);
        CliRun run = CliRun.of("simulate", "--controller", "classical_smc", "--gains", gains.toString());
        assertEquals(ExitCodes.USAGE, run.exit());
        assertEquals(List.of("dip: --gains " + gains + " holds gains tuned for sta_smc, not for --controller "
                + "classical_smc"), run.errLines());
    }

    @Test
    void aMissingGainIsNamed() throws IOException {
        Path gains = Files.writeString(temp.resolve("short.json"), TUNED_STA.replace("\"kd\": 6.0, ", ""));
        CliRun run = CliRun.of("simulate", "--gains", gains.toString());
        assertEquals(ExitCodes.USAGE, run.exit());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().contains("missing [kd]"), run.err());
    }
}
