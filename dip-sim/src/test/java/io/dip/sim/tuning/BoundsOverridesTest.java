package io.dip.sim.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.ParameterSpace;
import io.dip.sim.config.GainBounds;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BoundsOverridesTest {

    static final ParameterSpace SPACE = new ParameterSpace(List.of(
            new ParameterSpace.Parameter("s1", -10.7, -21.4, -5.35, "surface"),
            new ParameterSpace.Parameter("K", 5, 0.1, 50, "reaching"),
            new ParameterSpace.Parameter("kd", 10, 0.1, 100, "damping")));

    @Test
    void parsesTheCommandLineForm() {
        Map<String, GainRange> r = BoundsOverrides.parse(" K=0.5:20 , kd=1:30,s1=-30:-1e-1");
        assertEquals(List.of("K", "kd", "s1"), List.copyOf(r.keySet()));
        assertEquals(new GainRange(0.5, 20), r.get("K"));
        assertEquals(new GainRange(1, 30), r.get("kd"));
        assertEquals(new GainRange(-30, -0.1), r.get("s1"));
        assertTrue(BoundsOverrides.parse("  ").isEmpty());
        assertTrue(BoundsOverrides.parse(null).isEmpty());
    }

    @Test
    void malformedEntriesAreNamed() {
        for (String bad : new String[] {"K", "K=1", "=1:2", "K=a:2", "K=1:b", "K=3:2", "K=1:2,K=2:3"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BoundsOverrides.parse(bad));
            assertTrue(e.getMessage().contains("--bounds"), bad + " → " + e.getMessage());
        }
    }

    @Test
    void overridesReplaceOnlyTheNamedGains() {
        ParameterSpace s = BoundsOverrides.override(SPACE, BoundsOverrides.parse("kd=1:30"), "--bounds");
        assertArrayEquals(new double[] {-21.4, 0.1, 1}, s.lowerBounds(), 0.0);
        assertArrayEquals(new double[] {-5.35, 50, 30}, s.upperBounds(), 0.0);
        assertArrayEquals(SPACE.defaults(), s.defaults(), 0.0);
        SearchBounds b = BoundsOverrides.of(s);
        assertEquals(30, b.upper(2), 0.0);
        assertEquals(new GainRange(1, 30), BoundsOverrides.ranges(s).get("kd"));
    }

    @Test
    void theConfigurationReplacesEveryBoundAndMustNameThemAll() {
        ParameterSpace s = BoundsOverrides.fromConfig(SPACE,
                new GainBounds(new double[] {-30, 1, 2}, new double[] {-1, 10, 20}), "pso.bounds.classical_smc");
        assertArrayEquals(new double[] {-30, 1, 2}, s.lowerBounds(), 0.0);
        assertArrayEquals(new double[] {-1, 10, 20}, s.upperBounds(), 0.0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BoundsOverrides.fromConfig(
                SPACE, new GainBounds(new double[] {1, 2}, new double[] {3, 4}), "pso.bounds.classical_smc"));
        assertTrue(e.getMessage().contains("pso.bounds.classical_smc.min") && e.getMessage().contains("[s1, K, kd]"),
                e.getMessage());
    }

    @Test
    void anUnknownGainIsReportedWithTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BoundsOverrides.override(SPACE, Map.of("K2", new GainRange(0, 1)), "pso.bounds.classical_smc"));
        assertTrue(e.getMessage().contains("pso.bounds.classical_smc"), e.getMessage());
        assertTrue(e.getMessage().contains("K2"), e.getMessage());
        assertTrue(e.getMessage().contains("[s1, K, kd]"), e.getMessage());
    }
}
