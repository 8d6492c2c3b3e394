package io.dip.web;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * A bounded queue between one producer that must never wait and one slow consumer: {@link #offer} always succeeds
 * at once, dropping the oldest element when the queue is full, and counts what it dropped.
 *
 * @param <T> the element type
 */
final class DropOldestQueue<T> {

    private final int capacity;
    private final ArrayDeque<T> elements;
    private long dropped;

    /**
     * @param capacity the most elements held, ≥ 1
     * @throws IllegalArgumentException for a capacity below 1
     */
    DropOldestQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, got " + capacity);
        }
        this.capacity = capacity;
        this.elements = new ArrayDeque<>(capacity);
    }

    /**
     * Adds an element without waiting; when the queue is full the oldest element is dropped first.
     *
     * @param element the element, not null
     */
    synchronized void offer(T element) {
        if (elements.size() == capacity) {
            elements.pollFirst();
            dropped++;
        }
        elements.addLast(element);
        notifyAll();
    }

    /**
     * @param timeout the longest wait
     * @param unit    its unit
     * @return the oldest element, or null when none arrived in time
     * @throws InterruptedException when the waiting thread is interrupted
     */
    synchronized T poll(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (elements.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return elements.pollFirst();
    }

    /** @return the number of elements held now */
    synchronized int size() {
        return elements.size();
    }

    /** @return the number of elements dropped so far to make room */
    synchronized long dropped() {
        return dropped;
    }
}
