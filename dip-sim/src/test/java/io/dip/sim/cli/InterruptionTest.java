package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dip.sim.montecarlo.MonteCarloReport;
import io.dip.sim.recording.Trajectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGINT (Ctrl-C) and SIGTERM sent to a child {@code dip} in the middle of a long command: exit code 130 or 143,
 * one line on stderr saying what was kept, and valid outputs of what was done at the paths asked for.
 */
class InterruptionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private static boolean nonEmpty(Path file) {
        try {
            return Files.exists(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private void assertNoPartialFiles() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".partial")).toList());
        }
    }

    /** The CSV holds a header, whole rows with increasing t, and the end-state row (empty u and sigma) last. */
    private static long assertWholeCsv(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        assertEquals(String.join(",", Trajectory.COLUMNS), lines.get(0));
        assertTrue(lines.size() > 2, "rows were kept");
        double previous = -1;
        for (String line : lines.subList(1, lines.size() - 1)) {
            String[] cells = line.split(",", -1);
            assertEquals(Trajectory.COLUMNS.size(), cells.length, line);
            double t = Double.parseDouble(cells[0]);
            assertTrue(t > previous, line);
            previous = t;
            for (String cell : cells) {
                Double.parseDouble(cell);
            }
        }
        String last = lines.get(lines.size() - 1);
        assertTrue(last.endsWith(",,"), "end-state row last: " + last);
        assertTrue(Double.parseDouble(last.split(",")[0]) > previous, last);
        return lines.size() - 2L;
    }

    @Test
    void ctrlCOnSimulateKeepsTheCsvAndTheResultUpToTheLastStep() throws Exception {
        Path csv = temp.resolve("big.csv");
        try (CliProcess dip = CliProcess.start(temp, "simulate", "--duration", "100000", "--csv", "big.csv",
                "--json", "big.json")) {
            dip.awaitWhileRunning("CSV rows", () -> nonEmpty(temp.resolve("big.csv.partial")));
            dip.signal("INT");
            assertEquals(ExitCodes.INTERRUPTED, dip.exitCode(), dip.err());
            long rows = assertWholeCsv(csv);
            assertNoPartialFiles();
            JsonNode result = JSON.readTree(temp.resolve("big.json").toFile());
            assertEquals("CANCELLED", result.get("status").asText());
            assertEquals(rows, result.get("recording").get("rows").asLong());
            assertEquals(csv.toAbsolutePath().toString(), result.get("recording").get("csv").asText());
            List<String> errLines = dip.err().lines().toList();
            assertEquals(1, errLines.size(), dip.err());
            assertTrue(errLines.get(0).startsWith("dip: interrupted; the run stopped at t = "), dip.err());
            assertTrue(errLines.get(0).contains("big.csv"), dip.err());
            assertTrue(dip.out().contains("CANCELLED"), dip.out());
        }
    }

    @Test
    void sigtermOnSimulateKeepsTheCsvAndExitsWith143() throws Exception {
        try (CliProcess dip = CliProcess.start(temp, "simulate", "--duration", "100000", "--csv", "run.csv")) {
            dip.awaitWhileRunning("CSV rows", () -> nonEmpty(temp.resolve("run.csv.partial")));
            dip.terminate();
            assertEquals(ExitCodes.TERMINATED, dip.exitCode(), dip.err());
            assertWholeCsv(temp.resolve("run.csv"));
            assertNoPartialFiles();
            assertTrue(dip.err().contains("interrupted"), dip.err());
        }
    }

    @Test
    void ctrlCOnMonteCarloKeepsAReportOfTheFinishedRuns() throws Exception {
        int runs = 100_000;
        Pattern someFinished = Pattern.compile(" [1-9][0-9]*/" + runs);
        try (CliProcess dip = CliProcess.start(temp, "montecarlo", "--runs", Integer.toString(runs), "--duration",
                "5", "--json", "mc.json", "--progress")) {
            dip.awaitWhileRunning("a finished run", () -> someFinished.matcher(dip.err()).find());
            dip.signal("INT");
            assertEquals(ExitCodes.INTERRUPTED, dip.exitCode(), dip.err());
            JsonNode report = JSON.readTree(temp.resolve("mc.json").toFile());
            int finished = report.get("runs_finished").asInt();
            assertTrue(finished >= 1 && finished < runs, "finished " + finished);
            assertTrue(report.get("cancelled").asBoolean());
            assertEquals(Math.min(finished, MonteCarloReport.RUNS_IN_JSON), report.get("runs").size());
            assertEquals(runs - finished, report.get("runs_cancelled").asInt());
            assertEquals(runs - finished, report.get("status_counts").get("CANCELLED").asInt());
            for (JsonNode run : report.get("runs")) {
                assertFalse(run.get("status").asText().equals("CANCELLED"), run.toString());
            }
            assertTrue(dip.out().contains("CANCELLED: " + finished + " of " + runs + " runs finished"), dip.out());
            assertTrue(dip.err().contains("dip: interrupted; the report covers the " + finished + " finished runs"),
                    dip.err());
            assertNoPartialFiles();
        }
    }

    @Test
    void sigtermOnTuneKeepsTheBestGainsSoFar() throws Exception {
        try (CliProcess dip = CliProcess.start(temp, "tune", "--controller", "classical_smc", "--iterations",
                "100000", "--particles", "4", "--duration", "0.5", "--dt", "0.01", "--out", "best.json",
                "--progress")) {
            dip.awaitWhileRunning("a finished iteration", () -> dip.err().contains("best J"));
            dip.terminate();
            assertEquals(ExitCodes.TERMINATED, dip.exitCode(), dip.err());
            JsonNode best = JSON.readTree(temp.resolve("best.json").toFile());
            assertEquals("CANCELLED", best.get("optimizer").get("termination").asText());
            assertTrue(best.get("optimizer").get("iterations").asInt() >= 1);
            assertTrue(dip.err().contains("dip: interrupted; best.json holds the best gains"), dip.err());
            assertNoPartialFiles();
        }
    }

    @Test
    void ctrlCOnCompareWritesTheRunsUpToThere() throws Exception {
        try (CliProcess dip = CliProcess.start(temp, "compare", "--controllers", "classical_smc,sta_smc",
                "--duration", "100000", "--json", "compare.json", "--progress")) {
            dip.awaitWhileRunning("the progress bar", () -> dip.err().contains("compare"));
            dip.signal("INT");
            assertEquals(ExitCodes.INTERRUPTED, dip.exitCode(), dip.err());
            JsonNode runs = JSON.readTree(temp.resolve("compare.json").toFile()).get("runs");
            assertEquals(2, runs.size());
            for (JsonNode run : runs) {
                assertEquals("CANCELLED", run.get("status").asText());
            }
            assertTrue(dip.err().contains("dip: interrupted; 2 of 2 runs stopped early"), dip.err());
        }
    }

    @Test
    void noProgressBarOnARedirectedStderrUnlessAskedFor() throws Exception {
        try (CliProcess quiet = CliProcess.start(temp, "simulate", "--duration", "2")) {
            assertEquals(0, quiet.exitCode(), quiet.err());
            assertEquals("", quiet.err());
        }
        try (CliProcess tune = CliProcess.start(temp, "tune", "--controller", "classical_smc", "--particles", "2",
                "--iterations", "3", "--duration", "0.2", "--dt", "0.01", "--out", "quiet.json")) {
            assertEquals(0, tune.exitCode(), tune.err());
            assertEquals("", tune.err(), "no tuning bar in a redirected log");
        }
        Path second = Files.createDirectory(temp.resolve("with-bar"));
        try (CliProcess shown = CliProcess.start(second, "simulate", "--duration", "2", "--progress")) {
            assertEquals(0, shown.exitCode(), shown.err());
            assertTrue(shown.err().contains("simulate") && shown.err().contains("100%"), shown.err());
        }
    }
}
