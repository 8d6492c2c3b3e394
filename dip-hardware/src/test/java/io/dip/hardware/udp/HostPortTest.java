package io.dip.hardware.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code HOST:PORT} parsing. */
class HostPortTest {

    @Test
    void parsesHostsAndPorts() {
        assertEquals(new HostPort("127.0.0.1", 9000), HostPort.parse("--bind", "127.0.0.1:9000"));
        assertEquals(new HostPort("rig.lab", 0), HostPort.parse("--bind", "rig.lab:0"));
        HostPort v6 = HostPort.parse("--plant", "[::1]:5000");
        assertEquals(new HostPort("::1", 5000), v6);
        assertEquals("[::1]:5000", v6.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "9000", "localhost", ":9000", "host:", "host:65536", "host:-1", "host:90a"})
    void rejectsWhatIsNotHostPort(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> HostPort.parse("--bind", text));
        assertTrue(e.getMessage().startsWith("--bind: '" + text + "'"), e.getMessage());
    }
}
