package io.dip.sim.realtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PacedLoopTest {

    private static void sleepMillis(long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        IdleStrategy.SLEEP.idleUntil(until);
    }

    @Test
    void aBodySlowerThanThePeriodMissesEveryDeadline() {
        PacedLoop loop = new PacedLoop(TimeUnit.MILLISECONDS.toNanos(1), IdleStrategy.SLEEP);

        PacedLoopResult result = loop.run(k -> sleepMillis(3), 10);

        assertEquals(10, result.iterations());
        assertEquals(10, result.deadlineMisses());
        assertEquals(10, result.latency().count());
    }

    @Test
    void everyDeliberatelySlowIterationIsCounted() {
        PacedLoop loop = new PacedLoop(TimeUnit.MILLISECONDS.toNanos(5), IdleStrategy.YIELD);

        PacedLoopResult result = loop.run(k -> {
            if (k % 4 == 0) {
                sleepMillis(12);
            }
        }, 12);

        assertEquals(12, result.latency().count());
        assertTrue(result.deadlineMisses() >= 3, "misses " + result.deadlineMisses());
        assertTrue(result.deadlineMisses() <= 12);
    }

    @Test
    void everyIdleStrategyRunsAllIterations() {
        for (IdleStrategy idle : IdleStrategy.values()) {
            PacedLoopResult result = new PacedLoop(200_000, idle).run(k -> { }, 20);
            assertEquals(20, result.iterations(), idle.label());
            assertEquals(20, result.latency().count(), idle.label());
            assertEquals(idle, result.idle());
        }
    }

    @Test
    void aBodyThatReturnsFalseEndsTheRunAfterThatPeriod() {
        PacedLoopResult result = new PacedLoop(200_000, IdleStrategy.BUSY_SPIN).runWhile(k -> k < 6, 20);

        assertEquals(7, result.iterations(), "periods 0..6, the last one returning false");
        assertEquals(7, result.latency().count());
        assertTrue(result.deadlineMisses() <= 7);
    }

    @Test
    void parsesIdleStrategyNamesAndRejectsOthers() {
        assertEquals(IdleStrategy.SLEEP, IdleStrategy.parse("sleep"));
        assertEquals(IdleStrategy.YIELD, IdleStrategy.parse("YIELD"));
        assertEquals(IdleStrategy.BUSY_SPIN, IdleStrategy.parse("busy_spin"));
        assertEquals(IdleStrategy.BUSY_SPIN, IdleStrategy.parse("spin"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IdleStrategy.parse("nap"));
        assertTrue(e.getMessage().contains("nap"));
    }

    @Test
    void rejectsANonPositivePeriodOrIterationCount() {
        assertThrows(IllegalArgumentException.class, () -> new PacedLoop(0, IdleStrategy.SLEEP));
        assertThrows(IllegalArgumentException.class,
                () -> new PacedLoop(1_000_000, IdleStrategy.SLEEP).run(k -> { }, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new PacedLoop(1_000_000, IdleStrategy.SLEEP).runWhile(k -> true, 0));
    }
}
