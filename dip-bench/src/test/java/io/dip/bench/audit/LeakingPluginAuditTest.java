package io.dip.bench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.bench.fixtures.LeakyPlugin;
import io.dip.sim.realtime.IdleStrategy;
import io.dip.sim.runtime.PluginRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin from a plugins directory that balances the pendulum but leaks: the audit must fail it on every count. */
class LeakingPluginAuditTest {

    @Test
    void aLeakingPluginFailsAllocationGrowthChecksAndEpsilon(@TempDir Path plugins) throws Exception {
        LeakyPlugin.jar(plugins);
        AuditSettings small = new AuditSettings(false, 0.05, 0.01, 2_000, 20_000, 10_000_000L, List.of(100.0),
                0.05, IdleStrategy.SLEEP, true);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        AuditReport report;
        try (PluginRegistry registry = PluginRegistry.load(plugins)) {
            report = Audit.run(registry, List.of(LeakyPlugin.NAME), small, plugins,
                    new PrintStream(progress, true, StandardCharsets.UTF_8));
        }

        assertFalse(report.passed());
        assertEquals(List.of(), report.errors());
        ControllerAudit leaky = report.controllers().get(0);
        assertEquals("leaky", leaky.name());
        // each call clones the 6-double state (16 + 48 bytes) and appends it to a list
        assertTrue(leaky.bytesPerCall() >= 64, "bytes per call " + leaky.bytesPerCall());
        assertTrue(leaky.bytesPerStep() >= 64, "bytes per step " + leaky.bytesPerStep());
        assertTrue(leaky.grows());
        assertTrue(leaky.longRun().allocatedBytes() > 0);
        assertTrue(leaky.retainedEndBytes() > leaky.retainedStartBytes());
        assertTrue(leaky.checks().stream().noneMatch(CheckResult::passed), leaky.checks().toString());
        assertFalse(leaky.epsilon().passed(), leaky.epsilon().detail());
        assertEquals("FAIL", leaky.status());
        assertTrue(progress.toString(StandardCharsets.UTF_8).contains(" leaky: long run"));
    }
}
