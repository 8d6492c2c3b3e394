package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Requests above {@value StepLimit#MAX_STEPS_TEXT} simulated steps are refused at once, naming the flags that make
 * them, unless {@code --force}.
 */
class StepLimitTest {

    private static void assertRefused(CliRun run, String... fragments) {
        assertEquals(ExitCodes.USAGE, run.exit(), run.toString());
        assertEquals(1, run.errLines().size(), run.err());
        for (String fragment : fragments) {
            assertTrue(run.err().contains(fragment), "'" + fragment + "' missing from: " + run.err());
        }
        assertTrue(run.err().contains("--force"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void aTinyStepOrAHugeDurationIsRefusedNamingTheFlags() {
        assertRefused(CliRun.of("simulate", "--dt", "1e-9", "--duration", "1000"), "--duration 1000 s",
                "--dt 1e-09 s", "1e+12 simulated steps", "limit of 1e11");
        assertRefused(CliRun.of("simulate", "--duration", "1e12"), "--duration 1e+12 s", "simulation.dt 0.001 s",
                "1e+15");
        assertRefused(CliRun.of("simulate", "--duration", "1e300", "--realtime"), "--duration 1e+300");
    }

    @Test
    void batchesCountEveryRun() {
        assertRefused(CliRun.of("montecarlo", "--runs", "20000000", "--duration", "10"), "--runs 2e+07 runs",
                "--duration 10 s", "2e+11");
        assertRefused(CliRun.of("compare", "--duration", "1e8", "--controllers", "sta_smc,classical_smc"),
                "2 controllers", "2e+11");
        assertRefused(CliRun.of("tune", "--controller", "sta_smc", "--particles", "100000", "--iterations",
                "100000"), "--particles 100000", "--iterations 100000", "evaluations", "scenarios");
    }

    @Test
    void forceLetsAnyRequestThrough() {
        assertDoesNotThrow(() -> StepLimit.check(1e15, "a request", true));
        assertDoesNotThrow(() -> StepLimit.check(StepLimit.MAX_STEPS, "a request", false));
    }

    @Test
    void numbersAreWrittenShort() {
        assertEquals("0.001", StepLimit.number(0.001));
        assertEquals("40000", StepLimit.number(40000));
        assertEquals("1e-09", StepLimit.number(1e-9));
        assertEquals("2.5e+15", StepLimit.number(2.5e15));
        assertEquals("10", StepLimit.number(10));
        assertEquals("1e+12", StepLimit.count(1e12));
    }
}
