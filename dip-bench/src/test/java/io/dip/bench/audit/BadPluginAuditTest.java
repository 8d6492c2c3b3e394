package io.dip.bench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.bench.fixtures.LeakyPlugin;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.realtime.IdleStrategy;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.testkit.contract.CheckResult;
import io.dip.testkit.contract.CleanupChecks;
import io.dip.testkit.contract.FootprintCheck;
import io.dip.testkit.fixtures.Corpus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Plugins from a plugins directory, audited as a third party's would be: the audit fails each bad one and names
 * what failed, and passes the good one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadPluginAuditTest {

    /** A short audit: 0.05 h long run, 2·10⁴ timed calls, no paced runs. */
    private static final AuditSettings SMALL = new AuditSettings(false, 0.05, 0.01, 2_000, 20_000, 10_000_000L,
            List.of(), 0.05, IdleStrategy.SLEEP, false);

    @TempDir
    static Path plugins;

    @BeforeAll
    void buildPlugins() throws IOException {
        Corpus.jar(plugins);
        LeakyPlugin.jar(plugins);
    }

    private ControllerAudit audit(String name, AuditSettings settings, ByteArrayOutputStream progress) {
        try (PluginRegistry registry = PluginRegistry.load(plugins)) {
            AuditReport report = Audit.run(registry, List.of(name), settings, plugins,
                    new PrintStream(progress, true, StandardCharsets.UTF_8), new Cancellation());
            assertEquals(List.of(), report.errors());
            return report.controllers().get(0);
        }
    }

    /** The corpus plugins whose rows the audit runs (allocation, footprint and clean-up), each with those it fails. */
    Stream<Arguments> corpus() {
        return Stream.of(Corpus.GOOD, Corpus.ALLOCATES_16, Corpus.ESCAPE_ANALYSIS_ONLY, Corpus.SLOW_LEAK,
                Corpus.HUGE_BUFFER, Corpus.MODEL_HELD).map(name -> Arguments.of(name, Corpus.BROKEN_ROWS.get(name)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void theAuditFailsExactlyTheBrokenRulesAndNamesThem(String name, Set<String> broken) {
        ControllerAudit audit = audit(name, SMALL, new ByteArrayOutputStream());

        Set<String> failed = new TreeSet<>();
        audit.checks().stream().filter(r -> !r.passed()).forEach(r -> failed.add(r.check()));
        assertEquals(new TreeSet<>(broken), failed, audit.checks().toString());
        assertEquals(broken.isEmpty(), audit.passed(), audit.failures().toString());
        for (String rule : broken) {
            assertTrue(audit.failures().stream().anyMatch(f -> f.startsWith(rule + ": ")), audit.failures().toString());
        }
    }

    @Test
    void aHugeBufferFailsTheCeilingInTheEngineLoopToo() {
        ControllerAudit audit = audit(Corpus.HUGE_BUFFER, SMALL, new ByteArrayOutputStream());

        assertTrue(audit.peakRetainedBytes() > 400_000_000L, Long.toString(audit.peakRetainedBytes()));
        assertTrue(audit.grows());
        assertTrue(audit.failures().stream().anyMatch(f -> f.contains("more than the ceiling of "
                + FootprintCheck.CEILING_BYTES + " B")), audit.failures().toString());
    }

    @Test
    void aLeakingPluginFailsAllocationGrowthChecksAndEpsilon() {
        AuditSettings withEpsilon = new AuditSettings(false, 0.05, 0.01, 2_000, 20_000, 10_000_000L,
                List.of(100.0), 0.05, IdleStrategy.SLEEP, true);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        ControllerAudit leaky = audit(LeakyPlugin.NAME, withEpsilon, progress);

        assertEquals("leaky", leaky.name());
        // each call clones the 6-double state (16 + 48 bytes) and appends it to a list
        assertTrue(leaky.bytesPerCall() >= 64, "bytes per call " + leaky.bytesPerCall());
        assertTrue(leaky.bytesPerStep() >= 64, "bytes per step " + leaky.bytesPerStep());
        assertTrue(leaky.allocates());
        assertTrue(leaky.grows());
        assertTrue(leaky.longRun().allocatedBytes() > 0);
        assertTrue(leaky.retainedEndBytes() > leaky.retainedStartBytes());
        for (String check : List.of(CleanupChecks.CLOSE_CLEARS, CleanupChecks.WEAKLY_REACHABLE,
                CleanupChecks.MODEL_UNREACHABLE, CleanupChecks.RELEASED_DYNAMICS,
                CleanupChecks.CLOSE_TWICE, CleanupChecks.CLOSED_REFUSES, FootprintCheck.NO_GROWTH)) {
            assertTrue(leaky.checks().stream().anyMatch(r -> r.check().equals(check) && !r.passed()),
                    check + " should fail: " + leaky.checks());
        }
        assertFalse(leaky.epsilon().passed(), leaky.epsilon().detail());
        assertEquals("FAIL", leaky.status());
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains(" leaky: long run"));
        assertTrue(leaky.checks().stream().map(CheckResult::check).toList().containsAll(CleanupChecks.CHECKS));
    }
}
