package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to {@code dip simulate}: exit code 2, one line on stderr naming the problem, nothing on stdout, and no
 * output file (not even a partial one) in the output directory.
 */
class SimulateErrorsTest {

    @TempDir
    Path temp;

    private CliRun simulate(String... args) {
        List<String> all = new ArrayList<>(List.of("simulate", "--duration", "0.5",
                "--csv", temp.resolve("out/run.csv").toString(),
                "--json", temp.resolve("out/run.json").toString(),
                "--plot", temp.resolve("out/run.png").toString()));
        all.addAll(List.of(args));
        return CliRun.of(all.toArray(String[]::new));
    }

    private void assertRejected(CliRun run, String... fragments) throws IOException {
        assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
        assertEquals(1, run.errLines().size(), "one line on stderr: " + run.err());
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("dip: "), line);
        for (String fragment : fragments) {
            assertTrue(line.contains(fragment), "'" + fragment + "' missing from: " + line);
        }
        assertEquals("", run.out(), "nothing on stdout");
        Path outputs = temp.resolve("out");
        if (Files.exists(outputs)) {
            try (Stream<Path> files = Files.list(outputs)) {
                assertEquals(List.of(), files.toList(), "files left behind");
            }
        }
    }

    @Test
    void unknownControllerIsRejected() throws IOException {
        assertRejected(simulate("--controller", "no_such_smc"), "no_such_smc", "classical_smc");
    }

    @Test
    void wrongGainCountIsRejected() throws IOException {
        assertRejected(simulate("--controller", "sta_smc", "--gains", "1,2,3"), "sta_smc", "9 gains", "got 3");
    }

    @Test
    void malformedGainIsRejected() throws IOException {
        assertRejected(simulate("--gains", "0.12,-10.7,x,0.2,-0.5,1.6,5,10"), "--gains", "'x'");
    }

    @Test
    void malformedInitialStateIsRejected() throws IOException {
        assertRejected(simulate("--initial-state", "0,0.1,abc,0,0,0"), "--initial-state", "abc");
    }

    @Test
    void initialStateOfTheWrongLengthIsRejected() throws IOException {
        assertRejected(simulate("--initial-state", "0,0.1,0.2,0,0"), "simulation.initial_state", "6 numbers",
                "--initial-state");
    }

    @Test
    void outOfRangeStepIsRejected() throws IOException {
        assertRejected(simulate("--dt", "-0.001"), "simulation.dt", "--dt");
    }

    @Test
    void unreadableGainsFileIsRejected() throws IOException {
        Path missing = temp.resolve("no-such-tuning.json");
        assertRejected(simulate("--gains", missing.toString()), missing.getFileName().toString());
    }

    @Test
    void gainsFileThatIsNotJsonIsRejected() throws IOException {
        Path broken = Files.writeString(temp.resolve("broken.json"), "{\"controller\": \"classical_smc\", \"gains\"");
        assertRejected(simulate("--gains", broken.toString()), "broken.json");
    }

    @Test
    void unknownConfigKeyIsRejected() throws IOException {
        Path config = Files.writeString(temp.resolve("dip.yaml"), "simulation:\n  duraton: 5\n");
        assertRejected(simulate("--config", config.toString()), "simulation.duraton");
    }

    @Test
    void unknownPlantIsRejected() throws IOException {
        assertRejected(simulate("--plant", "quantum"), "quantum");
    }
}
