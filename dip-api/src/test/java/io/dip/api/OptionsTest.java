package io.dip.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Typed option access whose errors name the full dotted path. */
class OptionsTest {

    private static final String PATH = "controllers.sta_smc";

    private static Options options(Map<String, ?> values) {
        return Options.of(PATH, values);
    }

    private static void assertFails(String expectedStart, Executable executable) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, executable);
        assertTrue(e.getMessage().startsWith(expectedStart), "message was: " + e.getMessage());
    }

    @Test
    void readsTypedValuesAndFallbacks() {
        Options o = options(Map.of("k", 2.5, "n", 3, "flag", true, "mode", "tanh", "list", List.of(1, 2.5)));
        assertEquals(2.5, o.getDouble("k", 0.0));
        assertEquals(7.0, o.getDouble("absent", 7.0));
        assertEquals(3, o.getInt("n", 0, 0, 10));
        assertTrue(o.getBoolean("flag", false));
        assertEquals("tanh", o.getChoice("mode", "linear", Set.of("tanh", "linear")));
        assertArrayEquals(new double[] {1.0, 2.5}, o.getDoubleArray("list", 2));
        assertNull(o.getDoubleArray("absent", 2));
        assertTrue(o.has("k"));
        assertFalse(o.has("absent"));
        assertEquals(PATH + ".k", o.pathOf("k"));
        assertEquals("k", Options.empty("").pathOf("k"));
    }

    @Test
    void wrongTypesNameThePath() {
        Options o = options(Map.of("k", "big", "flag", "yes", "mode", "cubic", "list", List.of(1, "x"),
                "scalar", 1.0, "inf", Double.POSITIVE_INFINITY));
        assertFails(PATH + ".k must be a number", () -> o.getDouble("k", 0.0));
        assertFails(PATH + ".inf must be finite", () -> o.getDouble("inf", 0.0));
        assertFails(PATH + ".flag must be true or false", () -> o.getBoolean("flag", false));
        assertFails(PATH + ".mode must be one of", () -> o.getChoice("mode", "tanh", Set.of("tanh", "linear")));
        assertFails(PATH + ".list[1] must be a number", () -> o.getDoubleArray("list", -1));
        assertFails(PATH + ".list must hold 3 numbers", () -> o.getDoubleArray("list", 3));
        assertFails(PATH + ".scalar must be a list of numbers", () -> o.getDoubleArray("scalar", 1));
        assertFails(PATH + ".scalar must be a block of keys", () -> o.getBlock("scalar"));
    }

    @Test
    void rangesAreChecked() {
        Options o = options(Map.of("gain", -1.0, "count", 2.5, "big", 50));
        assertFails(PATH + ".gain must be in [0.0, 10.0], got -1.0", () -> o.getDouble("gain", 1.0, 0.0, 10.0));
        assertFails(PATH + ".count must be an integer", () -> o.getInt("count", 1, 0, 10));
        assertFails(PATH + ".big must be an integer in [0, 10]", () -> o.getInt("big", 1, 0, 10));
        assertEquals(4.0, o.getDouble("absent", 4.0, 0.0, 10.0));
    }

    @Test
    void unknownKeysAreNamedWithTheAllowedOnes() {
        Options o = options(Map.of("boundary_layer", 0.05, "gian", 1.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> o.requireOnly(Set.of("boundary_layer", "gain")));
        assertEquals("unknown key " + PATH + ".gian (allowed: boundary_layer, gain)", e.getMessage());
        o.requireOnly(Set.of("boundary_layer", "gian"));
    }

    @Test
    void nestedBlocksExtendThePath() {
        Options o = options(Map.of("surface", Map.of("lqr", Map.of("r", "one"))));
        Options lqr = o.getBlock("surface").getBlock("lqr");
        assertEquals(PATH + ".surface.lqr", lqr.path());
        assertFails(PATH + ".surface.lqr.r must be a number", () -> lqr.getDouble("r", 1.0));
        assertEquals(PATH + ".absent", o.getBlock("absent").path());
        assertTrue(o.getBlock("absent").asMap().isEmpty());
    }

    @Test
    void valuesAreCopiedAndReadOnly() {
        Map<String, Object> raw = new HashMap<>();
        raw.put("k", 1.0);
        Options o = options(raw);
        raw.put("k", 2.0);
        assertEquals(1.0, o.getDouble("k", 0.0));
        assertThrows(UnsupportedOperationException.class, () -> o.asMap().put("x", 1));
        assertTrue(Options.of(PATH, null).asMap().isEmpty());
    }
}
