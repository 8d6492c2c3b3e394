package io.dip.bench.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RetainedSizeTest {

    /** Holds a buffer it owns and a weak reference to a large object it shares. */
    private static final class Holder {
        final double[] owned = new double[1000];
        final WeakReference<long[]> shared;

        Holder(long[] shared) {
            this.shared = new WeakReference<>(shared);
        }
    }

    @Test
    void countsOwnedArraysAndSubtractsExcludedGraphs() {
        long[] shared = new long[100_000];
        Holder holder = new Holder(shared);

        long all = RetainedSize.of(holder);
        long own = RetainedSize.of(holder, (Object) shared);

        assertTrue(all >= 800_000 + 8_000, "whole graph " + all);
        assertTrue(own >= 8_000 && own < 8_000 + 200, "own graph " + own);
        assertEquals(all - own, RetainedSize.of(shared));
    }

    @Test
    void printsNothingOnStandardOutput() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            RetainedSize.of(new Holder(new long[1]));
        } finally {
            System.setOut(original);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }
}
