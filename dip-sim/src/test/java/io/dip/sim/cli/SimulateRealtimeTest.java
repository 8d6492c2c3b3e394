package io.dip.sim.cli;

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

/**
 * {@code dip simulate --realtime}: the paced run completes, reports one latency sample per step and keeps the
 * output files. Timing values depend on the machine, so only counts are checked.
 */
class SimulateRealtimeTest {

    /** 0.2 s at dt = 0.01 s: round(0.2 / 0.01) steps. */
    private static final long STEPS = 20;

    @TempDir
    Path temp;

    private static String value(List<String> lines, String label) {
        for (String line : lines) {
            if (line.startsWith(label + " ")) {
                return line.substring(label.length()).strip();
            }
        }
        throw new AssertionError("no row '" + label + "' in " + lines);
    }

    @Test
    void aShortPacedRunCompletesAndPrintsMissesAndLatency() {
        CliRun run = CliRun.of("simulate", "--realtime", "--duration", "0.2", "--dt", "0.01");

        assertEquals(0, run.exit(), run.toString());
        List<String> lines = run.outLines();
        assertTrue(lines.get(1).matches("status\\s+COMPLETED"), lines.get(1));
        assertEquals(Long.toString(STEPS), value(lines, "steps"));
        assertEquals("sleep", value(lines, "idle strategy"));
        String[] misses = value(lines, "deadline misses").split(" / ");
        assertEquals(Long.toString(STEPS), misses[1], "one paced iteration per step");
        long missed = Long.parseLong(misses[0]);
        assertTrue(missed >= 0 && missed <= STEPS, "misses " + missed);
        double p50 = Double.parseDouble(value(lines, "latency p50 (µs)"));
        double p99 = Double.parseDouble(value(lines, "latency p99 (µs)"));
        double max = Double.parseDouble(value(lines, "latency max (µs)"));
        // a percentile is the highest value of its bucket (3 significant digits: buckets up to 2⁻⁹ of the value
        // wide) and the table rounds each figure to 0.1 µs, so p99 may exceed the recorded max by that much
        assertTrue(0 <= p50 && p50 <= p99 && p99 <= max * (1 + 0x1p-9) + 0.1, p50 + " " + p99 + " " + max);
        assertEquals("", run.err());
    }

    @Test
    void everyIdleStrategyWritesTheUsualFilesAndTheTimingToJson() throws IOException {
        for (String idle : new String[] {"sleep", "yield", "busy-spin"}) {
            Path csv = temp.resolve(idle + ".csv");
            Path json = temp.resolve(idle + ".json");
            Path plot = temp.resolve(idle + ".png");
            CliRun run = CliRun.of("simulate", "--realtime", "--idle", idle, "--duration", "0.2", "--dt", "0.01",
                    "--csv", csv.toString(), "--json", json.toString(), "--plot", plot.toString());

            assertEquals(0, run.exit(), run.toString());
            assertEquals(idle, value(run.outLines(), "idle strategy"));
            // header, one row per step, then the end state
            assertEquals(STEPS + 2, Files.readAllLines(csv).size(), idle);
            assertTrue(Files.size(plot) > 0, idle);
            JsonNode root = new ObjectMapper().readTree(json.toFile());
            assertEquals("COMPLETED", root.get("status").asText());
            JsonNode realtime = root.get("realtime");
            assertEquals(idle, realtime.get("idle").asText());
            assertEquals(10_000_000, realtime.get("period_ns").asLong());
            assertEquals(STEPS, realtime.get("iterations").asLong());
            assertTrue(realtime.get("deadline_misses").asLong() <= STEPS);
            assertTrue(realtime.get("latency_p50_ns").asLong() <= realtime.get("latency_max_ns").asLong());
        }
    }

    @Test
    void aRunThatFallsEndsThePacedLoopAtItsLastStep() {
        CliRun run = CliRun.of("simulate", "--realtime", "--duration", "5", "--dt", "0.01",
                "--initial-state", "0,1.2,0,0,0,0");

        assertEquals(0, run.exit(), run.toString());
        List<String> lines = run.outLines();
        long steps = Long.parseLong(value(lines, "steps"));
        assertTrue(steps < 500, "the run stops before its 500 steps: " + steps);
        assertEquals(Long.toString(steps), value(lines, "deadline misses").split(" / ")[1]);
    }

    @Test
    void idleWithoutRealtimeOrAnUnknownIdleIsAUsageError() {
        CliRun withoutRealtime = CliRun.of("simulate", "--idle", "yield", "--duration", "0.2");
        assertEquals(ExitCodes.USAGE, withoutRealtime.exit(), withoutRealtime.toString());
        assertTrue(withoutRealtime.err().contains("--realtime"), withoutRealtime.err());
        assertEquals("", withoutRealtime.out());

        CliRun unknown = CliRun.of("simulate", "--realtime", "--idle", "nap", "--duration", "0.2");
        assertEquals(ExitCodes.USAGE, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().contains("'nap'"), unknown.err());
        assertEquals("", unknown.out());
    }
}
