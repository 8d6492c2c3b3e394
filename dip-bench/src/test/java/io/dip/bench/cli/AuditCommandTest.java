package io.dip.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dip.sim.cli.DipCli;
import io.dip.testkit.contract.AllocationProbe;
import io.dip.testkit.fixtures.Corpus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AuditCommandTest {

    @Test
    void theQuickAuditOfTheClassicalControllerPassesAndWritesEveryReport(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("audit.json");
        Path md = dir.resolve("audit.md");
        Path png = dir.resolve("audit.png");
        StringWriter out = new StringWriter();
        CommandLine cli = DipCli.commandLine();
        cli.setOut(new PrintWriter(out, true));

        int code = cli.execute("audit", "--quick", "--controller", "classical_smc", "--json", json.toString(),
                "--md", md.toString(), "--plot", png.toString());

        assertEquals(0, code, out.toString());
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        assertEquals("PASS", root.get("status").asText());
        JsonNode classical = root.get("controllers").get(0);
        assertEquals("classical_smc", classical.get("name").asText());
        assertEquals(0.0, classical.get("bytesPerCall").asDouble());
        assertEquals(0.0, classical.get("bytesPerStep").asDouble());
        assertEquals(360_000, classical.get("longRun").get("steps").asLong());
        assertEquals(1_000_000, classical.get("calls").asLong());
        assertEquals("PASS", classical.get("epsilon").get("status").asText());
        String markdown = Files.readString(md);
        assertTrue(out.toString().contains(markdown), "the terminal shows the Markdown report");
        assertTrue(out.toString().contains("audit: PASS"));
        assertTrue(Files.size(png) > 0);
    }

    @Test
    void aBadPluginJarExitsWithOneAndNamesWhatFailed(@TempDir Path plugins) throws Exception {
        Corpus.jar(plugins);
        StringWriter out = new StringWriter();
        CommandLine cli = DipCli.commandLine();
        cli.setOut(new PrintWriter(out, true));

        int code = cli.execute("audit", "--quick", "--no-epsilon", "--plugins", plugins.toString(), "--controller",
                Corpus.ALLOCATES_16);

        assertEquals(1, code, out.toString());
        assertTrue(out.toString().contains("| " + Corpus.ALLOCATES_16), out.toString());
        assertTrue(out.toString().contains(AllocationProbe.CALL_FREE + ": "), out.toString());
        assertTrue(out.toString().contains("audit: FAIL (" + Corpus.ALLOCATES_16), out.toString());
    }

    @Test
    void anUnknownControllerIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cli = DipCli.commandLine();
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("audit", "--quick", "--controller", "no_such_smc");

        assertEquals(2, code);
        assertTrue(err.toString().contains("no_such_smc"), err.toString());
    }

    @Test
    void aBadIdleStrategyIsAUsageError() {
        StringWriter err = new StringWriter();
        CommandLine cli = DipCli.commandLine();
        cli.setErr(new PrintWriter(err, true));

        int code = cli.execute("audit", "--quick", "--idle", "nap");

        assertEquals(2, code);
        assertTrue(err.toString().contains("nap"), err.toString());
    }
}
