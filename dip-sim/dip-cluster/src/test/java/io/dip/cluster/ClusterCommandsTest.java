package io.dip.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.cli.DipCli;
import io.dip.sim.cluster.ClusterSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code dip montecarlo --cluster} and {@code dip tune --cluster} against two members in this JVM: the files they
 * write are those of the local commands, plus the cluster's bookkeeping; bad combinations are refused.
 */
class ClusterCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<ClusterMember> MEMBERS = new ArrayList<>();
    private static ClusterSettings cluster;

    @TempDir
    Path directory;

    @BeforeAll
    static void startMembers() {
        System.setProperty(HazelcastSettings.START_TIMEOUT_PROPERTY, "10");
        cluster = ClusterFixture.settings("dip-cli-" + ProcessHandle.current().pid(), ClusterFixture.freePorts(2));
        for (var member : cluster.members()) {
            MEMBERS.add(ClusterMember.start(cluster, member, 1, null));
        }
    }

    @AfterAll
    static void stopMembers() {
        MEMBERS.forEach(ClusterMember::close);
        System.clearProperty(HazelcastSettings.START_TIMEOUT_PROPERTY);
    }

    private static String[] onCluster(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--cluster", cluster.name(), "--members", cluster.describeMembers()));
        return all.toArray(String[]::new);
    }

    /** @return standard output; fails with standard error when the exit code is not 0 */
    private static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = DipCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        assertEquals(0, code, String.join(" ", args) + ": " + err);
        return out.toString();
    }

    private static int exitCode(String... args) {
        CommandLine cli = DipCli.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        return cli.execute(args);
    }

    private static ObjectNode read(Path file) throws IOException {
        return (ObjectNode) JSON.readTree(file.toFile());
    }

    @Test
    void montecarloOnTheClusterWritesTheLocalReport() throws IOException {
        String[] study = {"montecarlo", "--controller", "sta_smc", "--runs", "30", "--duration", "1", "--seed", "3"};
        Path local = directory.resolve("local.json");
        Path remote = directory.resolve("cluster.json");
        run(concat(study, "--json", local.toString(), "--threads", "2"));
        String out = run(onCluster(concat(study, "--json", remote.toString())));
        ObjectNode expected = read(local);
        ObjectNode actual = read(remote);
        JsonNode bookkeeping = actual.remove("cluster");
        expected.remove("wall_time_s");
        actual.remove("wall_time_s");
        assertEquals(expected, actual);
        assertEquals(2, bookkeeping.get("members").size(), bookkeeping.toString());
        assertTrue(bookkeeping.get("task_overhead_ms").asDouble() > 0, bookkeeping.toString());
        assertTrue(out.contains("per-task overhead"), out);
    }

    @Test
    void tuneOnTheClusterWritesTheLocalResult() throws IOException {
        String[] tuning = {"tune", "--controller", "classical_smc", "--particles", "6", "--iterations", "3",
            "--duration", "0.5", "--seed", "9", "--add-state", "0,0.1,-0.1,0,0,0"};
        Path local = directory.resolve("local.json");
        Path remote = directory.resolve("cluster.json");
        run(concat(tuning, "--out", local.toString(), "--threads", "2"));
        String out = run(onCluster(concat(tuning, "--out", remote.toString())));
        ObjectNode expected = read(local);
        ObjectNode actual = read(remote);
        JsonNode bookkeeping = actual.remove("cluster");
        for (ObjectNode result : List.of(expected, actual)) {
            ObjectNode optimizer = (ObjectNode) result.get("optimizer");
            optimizer.remove(List.of("wall_time_s", "evaluations_per_s", "steps_per_s"));
        }
        assertEquals(expected, actual);
        assertEquals(cluster.name(), bookkeeping.get("name").asText());
        assertTrue(out.contains("cluster " + cluster.name()), out);
    }

    @Test
    void threadsWithClusterAndMembersWithoutClusterAreRefused() {
        assertEquals(2, exitCode(onCluster("tune", "--controller", "classical_smc", "--threads", "2")));
        assertEquals(2, exitCode(onCluster("montecarlo", "--controller", "classical_smc", "--threads", "2")));
        assertEquals(2, exitCode("tune", "--controller", "classical_smc", "--members", cluster.describeMembers()));
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }
}
