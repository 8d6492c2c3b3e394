package io.dip.sim.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchBoundsTest {

    private final SearchBounds b = new SearchBounds(new double[] {-1, 0, 2}, new double[] {1, 0, 5});

    @Test
    void clampsEachCoordinate() {
        assertArrayEquals(new double[] {-1, 0, 3}, b.clamp(new double[] {-4, 7, 3}), 0.0);
        assertArrayEquals(new double[] {0, 0, 3.5}, b.centre(), 0.0);
        assertEquals(3.0, b.width(2), 0.0);
    }

    @Test
    void containsIncludesTheWallsAndExcludesNaN() {
        assertTrue(b.contains(new double[] {1, 0, 2}));
        assertFalse(b.contains(new double[] {1.0000001, 0, 2}));
        assertFalse(b.contains(new double[] {Double.NaN, 0, 2}));
    }

    @Test
    void rejectsBadBoundsNamingTheDimension() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new SearchBounds(new double[] {0, 2}, new double[] {1, 1})).getMessage()
                .contains("dimension 1"));
        assertThrows(IllegalArgumentException.class,
                () -> new SearchBounds(new double[] {0, Double.NEGATIVE_INFINITY}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> new SearchBounds(new double[] {0}, new double[] {1, 1}));
        assertThrows(IllegalArgumentException.class, () -> new SearchBounds(new double[0], new double[0]));
        assertThrows(IllegalArgumentException.class, () -> b.clamp(new double[2]));
    }

    @Test
    void isAValueWithDefensiveCopies() {
        double[] lower = {0};
        SearchBounds s = new SearchBounds(lower, new double[] {1});
        lower[0] = -5;
        assertEquals(0.0, s.lower(0), 0.0);
        s.lower()[0] = 9;
        assertEquals(0.0, s.lower(0), 0.0);
        assertEquals(s, new SearchBounds(new double[] {0}, new double[] {1}));
        assertEquals(s.hashCode(), new SearchBounds(new double[] {0}, new double[] {1}).hashCode());
    }
}
