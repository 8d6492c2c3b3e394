package io.dip.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The ring keeps the newest {@code capacity} values in insertion order and overwrites the oldest. */
class DoubleRingBufferTest {

    @Test
    void keepsInsertionOrderBelowCapacity() {
        DoubleRingBuffer ring = new DoubleRingBuffer(4);
        assertTrue(ring.isEmpty());
        ring.add(1.0);
        ring.add(2.0);
        ring.add(3.0);
        assertEquals(3, ring.size());
        assertFalse(ring.isEmpty());
        assertEquals(1.0, ring.get(0));
        assertEquals(3.0, ring.get(2));
        assertEquals(3.0, ring.latest());
    }

    @Test
    void overwritesTheOldestWhenFull() {
        DoubleRingBuffer ring = new DoubleRingBuffer(3);
        for (int i = 1; i <= 7; i++) {
            ring.add(i);
        }
        assertEquals(3, ring.size());
        assertEquals(3, ring.capacity());
        double[] out = new double[5];
        assertEquals(3, ring.copyTo(out));
        assertArrayEquals(new double[] {5.0, 6.0, 7.0, 0.0, 0.0}, out);
        assertEquals(7.0, ring.latest());
        ring.add(8.0);
        assertEquals(6.0, ring.get(0));
        assertEquals(8.0, ring.get(2));
    }

    @Test
    void wrapsExactlyAtCapacity() {
        DoubleRingBuffer ring = new DoubleRingBuffer(2);
        ring.add(1.0);
        ring.add(2.0);
        assertEquals(2.0, ring.latest());
        assertEquals(1.0, ring.get(0));
        ring.add(3.0);
        assertEquals(2.0, ring.get(0));
        assertEquals(3.0, ring.get(1));
    }

    @Test
    void clearForgetsValuesButKeepsCapacity() {
        DoubleRingBuffer ring = new DoubleRingBuffer(3);
        ring.add(1.0);
        ring.add(2.0);
        ring.clear();
        assertTrue(ring.isEmpty());
        assertEquals(0, ring.size());
        assertEquals(3, ring.capacity());
        assertThrows(IllegalStateException.class, ring::latest);
        ring.add(9.0);
        assertEquals(9.0, ring.get(0));
        assertEquals(1, ring.size());
    }

    @Test
    void rejectsBadCapacityAndIndices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DoubleRingBuffer(0));
        assertTrue(e.getMessage().contains("capacity"), e.getMessage());
        DoubleRingBuffer ring = new DoubleRingBuffer(2);
        ring.add(1.0);
        assertThrows(IndexOutOfBoundsException.class, () -> ring.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> ring.get(-1));
    }
}
