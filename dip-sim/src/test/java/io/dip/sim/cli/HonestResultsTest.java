package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every command reports is honest: a run that throws is a result (ERROR, with its reason), a failed run has no
 * measures, a run that ends outside the band has not settled, no JSON holds a NaN or an infinity, and every result
 * records the gains it ran with and its seed.
 */
class HonestResultsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Any spelling of a non-finite number, quoted or not. */
    private static final Pattern NON_FINITE = Pattern.compile("NaN|Infinity|\\binf\\b", Pattern.CASE_INSENSITIVE);
    /** The reproduction of a failing integrator: rk45 with a budget of sub-steps the first period exceeds. */
    private static final String FAILING_RK45 = """
            simulation:
              integrator: rk45
              integrator_options:
                max_substeps: 200
              stop_on_failure: false
              max_force: 1.0e12
              initial_state: [0, 1.2, -1.0, 0, 0, 0]
            """;
    private static final String HUGE_GAINS = "0.12,-10.7,12.2,0.23,-0.56,1.64,1e9,1e9";

    @TempDir
    Path temp;

    private Path failing;

    @BeforeEach
    void writeConfig() throws IOException {
        failing = Files.writeString(temp.resolve("rk45.yaml"), FAILING_RK45);
    }

    private static void assertNoNonFiniteNumber(Path json) throws IOException {
        String text = Files.readString(json);
        assertFalse(NON_FINITE.matcher(text).find(), json + " holds a non-finite number");
        JSON.readTree(text);
    }

    @Test
    void aMonteCarloRunWhoseIntegratorGivesUpIsCountedAsAnError() throws IOException {
        Path json = temp.resolve("mc.json");
        Path rows = temp.resolve("rows.csv");
        CliRun run = CliRun.of("montecarlo", "--config", failing.toString(), "--runs", "4", "--gains", HUGE_GAINS,
                "--json", json.toString(), "--rows", rows.toString(), "--no-progress");
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().contains("0 of 4 completed; ERROR 4"), run.out());
        assertTrue(run.out().contains("first error, run #0"), run.out());
        assertTrue(run.out().contains("rk45 needed more than 200 sub-steps"), run.out());
        assertNoNonFiniteNumber(json);
        JsonNode report = JSON.readTree(json.toFile());
        assertEquals(4, report.at("/status_counts/ERROR").asInt());
        assertEquals(4, report.get("runs_done").asInt());
        assertEquals(0, report.at("/statistics_of_successful_runs/ise/n").asInt());
        assertTrue(report.at("/statistics_of_successful_runs/ise/mean").isNull());
        assertEquals(2000.0, report.at("/cost_of_all_runs/mean").asDouble(), 1e-9,
                "a throw in the first period costs two penalties");
        JsonNode first = report.get("runs").get(0);
        assertEquals("ERROR", first.get("status").asText());
        assertTrue(first.get("reason").asText().startsWith("IllegalStateException: rk45 needed more than 200"));
        assertTrue(first.at("/metrics/ise").isNull());
        assertEquals(1e9, report.at("/study/scenario/controller/gains/6").asDouble(), "the gains used");
        assertEquals(42, report.at("/study/seed").asLong());
        List<String> lines = Files.readAllLines(rows);
        assertEquals(5, lines.size(), "a header and one row per run");
        assertTrue(lines.get(1).startsWith("0,") && lines.get(1).contains(",ERROR,"), lines.get(1));
    }

    @Test
    void simulateReportsAnErrorWithValidOutputs() throws IOException {
        Path json = temp.resolve("run.json");
        Path csv = temp.resolve("run.csv");
        CliRun run = CliRun.of("simulate", "--config", failing.toString(), "--gains", HUGE_GAINS, "--json",
                json.toString(), "--csv", csv.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(run.out().matches("(?s).*status\\s+ERROR.*"), run.out());
        assertTrue(run.out().matches("(?s).*settling time \\(s\\)\\s+n/a.*"), run.out());
        assertNoNonFiniteNumber(json);
        JsonNode result = JSON.readTree(json.toFile());
        assertEquals("ERROR", result.get("status").asText());
        assertTrue(result.get("reason").asText().contains("rk45"));
        List<String> lines = Files.readAllLines(csv);
        assertEquals("0.0,0.0,1.2,-1.0,0.0,0.0,0.0,,,", lines.get(lines.size() - 1), "the state before the throw");
        assertFalse(Files.exists(temp.resolve("run.csv.partial")));
    }

    @Test
    void aRunThatFallsHasNoMeasuresAndOneThatEndsOutsideTheBandHasNotSettled() throws IOException {
        Path fell = temp.resolve("fell.json");
        CliRun falls = CliRun.of("simulate", "--initial-state", "0,1.2,-1.0,0,0,0", "--duration", "2", "--json",
                fell.toString());
        assertEquals(0, falls.exit(), falls.toString());
        assertTrue(falls.out().matches("(?s).*status\\s+FELL.*"), falls.out());
        for (String measure : new String[] {"ISE \\(mixed SI units\\)", "settling time \\(s\\)", "overshoot \\(rad\\)",
            "peak \\|u\\| \\(N\\)", "chattering index \\(N/s\\)"}) {
            assertTrue(falls.out().matches("(?s).*\\n" + measure + "\\s+n/a\\n.*"), measure + " in\n" + falls.out());
        }
        assertNoNonFiniteNumber(fell);
        JsonNode fellJson = JSON.readTree(fell.toFile());
        assertTrue(fellJson.at("/metrics/settling_time").isNull());
        assertTrue(fellJson.at("/metrics/cost").isNumber(), "the cost of a failure is its penalty");

        Path shortRun = temp.resolve("short.json");
        CliRun unsettled = CliRun.of("simulate", "--duration", "0.5", "--json", shortRun.toString());
        assertEquals(0, unsettled.exit(), unsettled.toString());
        assertTrue(unsettled.out().matches("(?s).*settling time \\(s\\)\\s+not settled\\n.*"), unsettled.out());
        JsonNode shortJson = JSON.readTree(shortRun.toFile());
        assertEquals("COMPLETED", shortJson.get("status").asText());
        assertTrue(shortJson.at("/metrics/settling_time").isNull());
        assertFalse(shortJson.at("/metrics/settled").asBoolean());
        assertTrue(shortJson.at("/metrics/overshoot").isNumber(), "the other measures apply");
    }

    @Test
    void everyJsonOfEveryCommandIsFiniteAndRecordsItsGainsAndSeed() throws IOException {
        Path simulate = temp.resolve("simulate.json");
        Path compare = temp.resolve("compare.json");
        Path montecarlo = temp.resolve("montecarlo.json");
        Path tune = temp.resolve("tune.json");
        String[] falling = {"--initial-state", "0,0.9,-0.9,0,0,0", "--duration", "1"};
        assertEquals(0, CliRun.of(concat(new String[] {"simulate", "--seed", "7", "--json", simulate.toString()},
                falling)).exit());
        assertEquals(0, CliRun.of(concat(new String[] {"compare", "--controllers", "classical_smc,sta_smc",
            "--json", compare.toString()}, falling)).exit());
        assertEquals(0, CliRun.of(concat(new String[] {"montecarlo", "--runs", "3", "--no-progress", "--json",
            montecarlo.toString()}, falling)).exit());
        CliRun tuned = CliRun.of("tune", "--controller", "classical_smc", "--iterations", "2", "--particles", "3",
                "--duration", "0.5", "--add-state", "0,1.3,-1.3,0,0,0", "--out", tune.toString(), "--no-progress");
        assertEquals(0, tuned.exit(), tuned.toString());
        try (Stream<Path> files = Files.list(temp)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                assertNoNonFiniteNumber(file);
            }
        }
        JsonNode sim = JSON.readTree(simulate.toFile());
        assertEquals(7, sim.get("seed").asLong());
        assertEquals(8, sim.at("/scenario/controller/gains").size(), "classical_smc's eight default gains");
        JsonNode runs = JSON.readTree(compare.toFile()).get("runs");
        for (JsonNode run : runs) {
            assertTrue(run.at("/scenario/controller/gains").size() > 6, run.at("/scenario/controller").toString());
            assertTrue(run.get("seed").isNumber());
        }
        JsonNode mc = JSON.readTree(montecarlo.toFile());
        assertEquals(8, mc.at("/study/scenario/controller/gains").size());
        assertTrue(mc.at("/study/seed").isNumber() && mc.at("/runs/0/seed").isNumber());
        JsonNode tuneJson = JSON.readTree(tune.toFile());
        assertEquals(8, tuneJson.get("gains").size());
        assertTrue(tuneJson.get("seed").isNumber());
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
    }
}
