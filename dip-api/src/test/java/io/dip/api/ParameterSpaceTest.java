package io.dip.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Gain names, defaults and bounds in gain-vector order. */
class ParameterSpaceTest {

    private static final ParameterSpace SPACE = new ParameterSpace(List.of(
            new ParameterSpace.Parameter("K", 5.0, 0.5, 50.0, "switching gain (N)"),
            new ParameterSpace.Parameter("kd", 10.0, 1.0, 100.0, "damping (N per unit σ)")));

    @Test
    void exposesGainsInOrder() {
        assertEquals(2, SPACE.dimension());
        assertEquals(List.of("K", "kd"), SPACE.names());
        assertArrayEquals(new double[] {5.0, 10.0}, SPACE.defaults());
        assertArrayEquals(new double[] {0.5, 1.0}, SPACE.lowerBounds());
        assertArrayEquals(new double[] {50.0, 100.0}, SPACE.upperBounds());
        assertEquals(1, SPACE.indexOf("kd"));
        assertEquals(-1, SPACE.indexOf("gamma"));
    }

    @Test
    void withBoundsKeepsNamesAndDefaults() {
        ParameterSpace narrowed = SPACE.withBounds(new double[] {1.0, 2.0}, new double[] {3.0, 4.0});
        assertEquals(SPACE.names(), narrowed.names());
        assertArrayEquals(SPACE.defaults(), narrowed.defaults());
        assertArrayEquals(new double[] {1.0, 2.0}, narrowed.lowerBounds());
        assertArrayEquals(new double[] {3.0, 4.0}, narrowed.upperBounds());
        assertThrows(IllegalArgumentException.class, () -> SPACE.withBounds(new double[1], new double[2]));
    }

    @Test
    void rejectsBadBoundsDefaultsAndDuplicates() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ParameterSpace.Parameter("K", 5.0, 10.0, 1.0, ""));
        assertTrue(e.getMessage().contains("gain K"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new ParameterSpace.Parameter("K", 5.0, Double.NEGATIVE_INFINITY, 1.0, ""));
        assertThrows(IllegalArgumentException.class, () -> new ParameterSpace.Parameter("K", Double.NaN, 0, 1, ""));
        IllegalArgumentException duplicate = assertThrows(IllegalArgumentException.class,
                () -> new ParameterSpace(List.of(new ParameterSpace.Parameter("K", 1, 0, 2, ""),
                        new ParameterSpace.Parameter("K", 1, 0, 2, ""))));
        assertTrue(duplicate.getMessage().contains("duplicate gain name K"), duplicate.getMessage());
    }

    @Test
    void copiesTheList() {
        List<ParameterSpace.Parameter> list = new ArrayList<>(SPACE.parameters());
        ParameterSpace space = new ParameterSpace(list);
        list.clear();
        assertEquals(2, space.dimension());
        assertThrows(UnsupportedOperationException.class, () -> space.parameters().clear());
    }
}
