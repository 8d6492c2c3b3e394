package io.dip.api;

/**
 * A fixed-capacity ring of primitive doubles that overwrites its oldest value when full: the bounded history a
 * controller may keep. Allocates only in its constructor. Not thread-safe.
 */
public final class DoubleRingBuffer {

    private final double[] values;
    private int next;
    private int size;

    /** @param capacity the maximum number of values held, &gt; 0 */
    public DoubleRingBuffer(int capacity) {
        if (capacity <= 0) {
            throw new IllegalArgumentException("ring buffer capacity must be > 0, got " + capacity);
        }
        this.values = new double[capacity];
    }

    /** @param value appended; the oldest value is dropped when the buffer is full */
    public void add(double value) {
        values[next] = value;
        next = next + 1 == values.length ? 0 : next + 1;
        if (size < values.length) {
            size++;
        }
    }

    /** @return the number of values held, at most {@link #capacity()} */
    public int size() {
        return size;
    }

    /** @return the fixed capacity */
    public int capacity() {
        return values.length;
    }

    /** @return true when no value is held */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * @param i 0 for the oldest value held, {@code size() − 1} for the newest
     * @return that value
     * @throws IndexOutOfBoundsException when {@code i} is outside {@code [0, size())}
     */
    public double get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException("index " + i + " outside [0, " + size + ")");
        }
        int start = next - size;
        int index = start + i;
        if (index < 0) {
            index += values.length;
        }
        return values[index];
    }

    /**
     * @return the newest value
     * @throws IllegalStateException when empty
     */
    public double latest() {
        if (size == 0) {
            throw new IllegalStateException("ring buffer is empty");
        }
        return values[next == 0 ? values.length - 1 : next - 1];
    }

    /**
     * Copies the values held, oldest first, into {@code out}.
     *
     * @param out destination of length ≥ {@link #size()}
     * @return the number of values copied
     */
    public int copyTo(double[] out) {
        for (int i = 0; i < size; i++) {
            out[i] = get(i);
        }
        return size;
    }

    /** Forgets every value (capacity is kept). */
    public void clear() {
        next = 0;
        size = 0;
        java.util.Arrays.fill(values, 0.0);
    }
}
