package io.dip.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WatchdogTest {

    private static final long MS = 1_000_000L;

    @Test
    void commandsWithinTheTimeoutKeepItArmedAndALateOneLatchesIt() {
        Watchdog watchdog = new Watchdog(0.010);
        assertFalse(watchdog.commandArrived(0), "the first command arms it");
        assertFalse(watchdog.commandArrived(9 * MS));
        assertFalse(watchdog.commandArrived(18 * MS), "each command restarts the timeout");
        assertTrue(watchdog.commandArrived(29 * MS), "11 ms after the last command");
        assertTrue(watchdog.commandArrived(30 * MS), "latched: a command after expiry does not re-arm it");
        assertTrue(watchdog.expired());
    }

    @Test
    void anUnarmedWatchdogNeverExpires() {
        Watchdog watchdog = new Watchdog(0.010);
        assertFalse(watchdog.check(Long.MAX_VALUE / 2));
        assertFalse(watchdog.commandArrived(Long.MAX_VALUE / 2 + 1));
    }
}
