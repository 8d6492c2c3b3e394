package io.dip.bench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.testkit.measure.ChildJvm;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpsilonSoakTest {

    @Test
    void aShortClassicalRunCompletesUnderEpsilon() {
        EpsilonResult result = EpsilonSoak.run("classical_smc", 50_000, 0.01, null);

        assertTrue(result.passed(), result.detail());
        assertEquals(0, result.exitCode());
        assertEquals(50_000, result.steps());
        assertTrue(result.allocatedBytes() >= 0 && result.warmupAllocatedBytes() >= 0, result.detail());
    }

    @Test
    void theChildRunsTheCurrentClassPathWithEpsilonAndASmallHeap() {
        List<String> command = ChildJvm.command(EpsilonSoak.JVM_OPTIONS, List.of(), EpsilonSoakMain.class,
                EpsilonSoak.arguments("sta_smc", 1000, 0.01, Path.of("plugins")));

        assertTrue(command.get(0).endsWith("java"), command.get(0));
        assertTrue(command.containsAll(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:+UseEpsilonGC", "-Xmx64m")),
                command.toString());
        assertEquals(System.getProperty("java.class.path"), command.get(command.indexOf("-cp") + 1));
        assertEquals(List.of(EpsilonSoakMain.class.getName(), "sta_smc", "1000", "0.01",
                Path.of("plugins").toAbsolutePath().toString()), command.subList(command.size() - 5, command.size()));
    }

    @Test
    void aChildThatRanOutOfHeapFails() {
        EpsilonResult result = EpsilonSoak.interpret(3, "Terminating due to java.lang.OutOfMemoryError: Java heap space",
                3_600_000, 1_000);

        assertFalse(result.passed());
        assertEquals(3, result.exitCode());
        assertTrue(result.detail().contains("OutOfMemoryError"), result.detail());
    }

    @Test
    void aLoopAllocatingOnEveryStepFailsAndOneTimeWorkDoesNot() {
        String perStep = "epsilon-soak controller=x steps=1000000 episodes=1 allocated=16000000 warmupAllocated=9000 "
                + "wallNanos=5 heapUsed=7";
        String oneTime = "epsilon-soak controller=x steps=1000000 episodes=1 allocated=576 warmupAllocated=9000 "
                + "wallNanos=5 heapUsed=7";

        EpsilonResult allocating = EpsilonSoak.interpret(0, perStep, 1_000_000, 1_000);
        EpsilonResult settled = EpsilonSoak.interpret(0, oneTime, 1_000_000, 1_000);

        assertFalse(allocating.passed());
        assertTrue(allocating.detail().contains("allocates on every step"), allocating.detail());
        assertTrue(settled.passed(), settled.detail());
        assertEquals(576, settled.allocatedBytes());
        assertEquals(9000, settled.warmupAllocatedBytes());
    }

    @Test
    void aChildThatStoppedShortFails() {
        String shortRun = "epsilon-soak controller=x steps=10 episodes=1 allocated=0 warmupAllocated=0 wallNanos=5 "
                + "heapUsed=7";

        EpsilonResult result = EpsilonSoak.interpret(0, shortRun, 1_000, 1_000);

        assertFalse(result.passed());
        assertTrue(result.detail().contains("expected 1000 steps"), result.detail());
    }
}
