package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output files are checked before any work, by every command: one line on stderr naming the flag and the path,
 * exit code 2, nothing on stdout and no file left behind — including requests that would run for hours.
 */
class OutputFilesTest {

    @TempDir
    Path temp;

    /** A run that would take far longer than the test allows: only a check before the work lets it end. */
    private static final String LONG = "30000";

    private void assertRefused(CliRun run, String... fragments) throws IOException {
        assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
        assertEquals(1, run.errLines().size(), "one line on stderr: " + run.err());
        String line = run.errLines().get(0);
        for (String fragment : fragments) {
            assertTrue(line.contains(fragment), "'" + fragment + "' missing from: " + line);
        }
        assertEquals("", run.out(), "nothing on stdout");
        try (Stream<Path> left = Files.walk(temp)) {
            assertEquals(List.of(temp), left.toList(), "files left behind");
        }
    }

    @Test
    void anUnwritableDirectoryIsRefusedBeforeTheRun() throws IOException {
        assertRefused(CliRun.of("simulate", "--duration", LONG, "--plot", "/proc/x.png"), "--plot", "/proc/x.png");
        assertRefused(CliRun.of("simulate", "--duration", LONG, "--csv", temp.resolve("a.csv").toString(),
                "--json", "/proc/x.json"), "--json", "/proc/x.json");
    }

    @Test
    void twoOutputsNamingOneFileAreRefused() throws IOException {
        String same = temp.resolve("same.out").toString();
        assertRefused(CliRun.of("simulate", "--duration", LONG, "--csv", same, "--json", same), "--csv", "--json",
                "same file");
        Path dir = temp.resolve("d");
        String dotted = temp.resolve(".").resolve("r.csv").toString();
        assertRefused(CliRun.of("compare", "--duration", LONG, "--json", temp.resolve("r.csv").toString(),
                "--plot", dotted), "--json", "--plot", "same file");
        assertRefused(CliRun.of("simulate", "--duration", LONG, "--csv", dir.resolve("../x.csv").toString(),
                "--json", temp.resolve("x.csv").toString()), "same file");
    }

    @Test
    void aSymbolicLinkAndItsTargetAreOneFile() throws IOException {
        Path real = Files.createDirectory(temp.resolve("real"));
        Path link = Files.createSymbolicLink(temp.resolve("link"), real);
        CliRun run = CliRun.of("simulate", "--duration", LONG, "--csv", real.resolve("t.csv").toString(),
                "--json", link.resolve("t.csv").toString());
        assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
        assertTrue(run.err().contains("same file"), run.err());
        try (Stream<Path> left = Files.list(real)) {
            assertEquals(List.of(), left.toList());
        }
    }

    @Test
    void aHardLinkIsTheSameFile() throws IOException {
        Path original = Files.writeString(temp.resolve("old.json"), "{}");
        Path linked = Files.createLink(temp.resolve("linked.json"), original);
        OutputFiles outputs = OutputFiles.of(DipCli.commandLine().getSubcommands().get("simulate").getCommandSpec())
                .with("--json", original, OutputFormat.JSON).with("--out", linked, OutputFormat.JSON);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, outputs::verify);
        assertTrue(e.getMessage().contains("same file"), e.getMessage());
        assertEquals("{}", Files.readString(original), "the existing file is untouched");
    }

    @Test
    void anExtensionThatIsNotWrittenIsRefusedNamingTheAllowedOnes() throws IOException {
        assertRefused(CliRun.of("simulate", "--duration", LONG, "--plot", temp.resolve("out.pdf").toString()),
                "--plot", "out.pdf", ".png");
        assertRefused(CliRun.of("simulate", "--duration", LONG, "--plot", temp.resolve("out.svg").toString()),
                "--plot", ".png");
        assertRefused(CliRun.of("simulate", "--duration", LONG, "--csv", temp.resolve("out.json").toString()),
                "--csv", ".csv");
        assertRefused(CliRun.of("montecarlo", "--runs", "100000", "--json", temp.resolve("mc").toString()),
                "--json", ".json");
        assertRefused(CliRun.of("tune", "--controller", "sta_smc", "--out", temp.resolve("gains.yaml").toString()),
                "--out", ".json");
        assertRefused(CliRun.of("simulate", "--duration", LONG, "--plot", temp.resolve(".png").toString()),
                "--plot", ".png");
    }

    @Test
    void theExtensionIsMatchedInAnyLetterCase() {
        assertTrue(OutputFormat.PNG.accepts(Path.of("Figure.PNG")));
        assertTrue(OutputFormat.MARKDOWN.accepts(Path.of("report.markdown")));
    }

    @Test
    void aDirectoryOrAFileInThePlaceOfADirectoryIsRefused() throws IOException {
        Path dir = Files.createDirectory(temp.resolve("plots.png"));
        CliRun run = CliRun.of("simulate", "--duration", LONG, "--plot", dir.toString());
        assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
        assertTrue(run.err().contains("is a directory"), run.err());
        Files.delete(dir);
        Path file = Files.writeString(temp.resolve("notes"), "x");
        run = CliRun.of("simulate", "--duration", LONG, "--csv", file.resolve("sub/run.csv").toString());
        assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
        assertTrue(run.err().contains("is not a directory"), run.err());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void everyCommandWithOutputsChecksThem() throws IOException {
        assertRefused(CliRun.of("tune", "--controller", "sta_smc", "--iterations", "100000", "--out",
                "/proc/x.json"), "--out", "/proc/x.json");
        assertRefused(CliRun.of("tune", "--controller", "sta_smc", "--iterations", "100000", "--out",
                temp.resolve("t.json").toString(), "--plot", "/proc/t.png"), "--plot", "/proc/t.png");
        assertRefused(CliRun.of("montecarlo", "--runs", "100000", "--json", temp.resolve("mc.json").toString(),
                "--plot", "/proc/mc.png"), "--plot");
        assertRefused(CliRun.of("compare", "--duration", LONG, "--plot", "/proc/c.png"), "--plot");
    }

    @Test
    void theDefaultResultFileOfTuneIsCheckedToo() {
        OutputFiles none = OutputFiles.of(DipCli.commandLine().getSubcommands().get("tune").getCommandSpec());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> none.with("--out (default)", Path.of("/proc/tuned-x.json"), OutputFormat.JSON).verify());
        assertTrue(e.getMessage().startsWith("--out (default) /proc/tuned-x.json"), e.getMessage());
    }

    @Test
    void missingDirectoriesAreCreatedWhenTheFileIsWritten() throws IOException {
        Path csv = temp.resolve("new/deeper/run.csv");
        CliRun run = CliRun.of("simulate", "--duration", "0.2", "--csv", csv.toString());
        assertEquals(0, run.exit(), run.toString());
        assertTrue(Files.size(csv) > 0);
        try (Stream<Path> left = Files.list(csv.getParent())) {
            assertEquals(List.of(csv), left.toList(), "only the CSV: no probe file, no partial file");
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyByAWholeOne() throws IOException {
        Path json = Files.writeString(temp.resolve("old.json"), "{\"old\": true}");
        CliRun refused = CliRun.of("simulate", "--duration", LONG, "--json", json.toString(), "--plot", "/proc/p.png");
        assertEquals(ExitCodes.USAGE, refused.exit());
        assertEquals("{\"old\": true}", Files.readString(json), "untouched by the check");
        assertEquals(0, CliRun.of("simulate", "--duration", "0.2", "--json", json.toString()).exit());
        assertTrue(Files.readString(json).contains("\"status\""));
    }

    @Test
    void theHelpOfACommandStatesTheRulesAndTheExitCodes() {
        CliRun help = CliRun.of("simulate", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("Output files are checked before any work"), help.out());
        assertTrue(help.out().contains("130 interrupted by Ctrl-C"), help.out());
        assertTrue(CliRun.of("plugins", "--help").out().contains("Exit codes: 0 ran"));
    }
}
