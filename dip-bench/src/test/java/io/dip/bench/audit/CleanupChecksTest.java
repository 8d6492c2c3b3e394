package io.dip.bench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.bench.fixtures.CartOnlyModel;
import io.dip.bench.fixtures.FixtureProvider;
import io.dip.bench.fixtures.LeakyPlugin;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanupChecksTest {

    @Test
    void aControllerFollowingTheRulesPassesEveryCheck() {
        List<CheckResult> rows = new CleanupChecks(FixtureProvider.wellBehaved(), CartOnlyModel::new, 0.01).run();

        assertEquals(CleanupChecks.CHECKS, rows.stream().map(CheckResult::check).toList());
        for (CheckResult row : rows) {
            assertTrue(row.passed(), row.check() + ": " + row.detail());
        }
    }

    @Test
    void aControllerBreakingEveryRuleFailsEveryCheck(@TempDir Path dir) throws Exception {
        List<CheckResult> rows = new CleanupChecks(LeakyPlugin.provider(dir), CartOnlyModel::new, 0.01).run();

        assertEquals(CleanupChecks.CHECKS, rows.stream().map(CheckResult::check).toList());
        for (CheckResult row : rows) {
            assertFalse(row.passed(), row.check() + " should fail: " + row.detail());
            assertEquals("FAIL", row.status());
        }
        assertTrue(rows.get(3).detail().contains("holds it strongly"), rows.get(3).detail());
    }
}
