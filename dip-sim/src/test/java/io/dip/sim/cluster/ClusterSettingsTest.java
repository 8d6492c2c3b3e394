package io.dip.sim.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.dip.sim.cluster.ClusterSettings.Address;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

    @Test
    void parsesTheMembersInOrder() {
        ClusterSettings settings = ClusterSettings.parse("lab", "10.0.0.1:5701, host-b:5702");
        assertEquals(List.of(new Address("10.0.0.1", 5701), new Address("host-b", 5702)), settings.members());
        assertEquals("10.0.0.1:5701, host-b:5702", settings.describeMembers());
    }

    @Test
    void badValuesNameTheOptionAndTheValue() {
        assertMessage("--members needs HOST:PORT, got '10.0.0.1'", () -> ClusterSettings.parse("lab", "10.0.0.1"));
        assertMessage("--members needs a numeric port in HOST:PORT, got 'a:b'", () -> ClusterSettings.parse("lab", "a:b"));
        assertMessage("--members 'a:70000': port must be in 1..65535, got 70000",
                () -> ClusterSettings.parse("lab", "a:70000"));
        assertMessage("--cluster lab needs --members HOST:PORT,...", () -> ClusterSettings.parse("lab", null));
        assertMessage("--cluster needs a name of letters, digits, '_', '.' or '-', got 'a b'",
                () -> ClusterSettings.parse("a b", "a:1"));
        assertMessage("--bind needs HOST:PORT, got ':5701'", () -> Address.parse("--bind", ":5701"));
    }

    private static void assertMessage(String message, Runnable parse) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, parse::run).getMessage());
    }
}
