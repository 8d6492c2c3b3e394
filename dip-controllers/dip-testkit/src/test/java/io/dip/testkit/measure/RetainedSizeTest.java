package io.dip.testkit.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RetainedSizeTest {

    /** A record, whose fields JOL cannot locate through Unsafe. */
    private record Pair(double a, double b) {
    }

    /** Holds a buffer it owns strongly and a weak reference to a large object it does not own. */
    private static final class Holder {
        final Pair pair = new Pair(1, 2);
        final double[] owned = new double[1000];
        final long[] alsoOwned;
        final WeakReference<long[]> shared;

        Holder(long[] alsoOwned, long[] shared) {
            this.alsoOwned = alsoOwned;
            this.shared = new WeakReference<>(shared);
        }
    }

    @Test
    void countsStronglyReachedObjectsAndNotWhatIsBehindAWeakReference() {
        long[] shared = new long[100_000];
        Holder small = new Holder(new long[0], shared);
        Holder large = new Holder(new long[10_000], shared);

        long smallSize = RetainedSize.of(small);
        long largeSize = RetainedSize.of(large);

        // the owned double[1000] alone is 16 + 8000 bytes; the shared long[100 000] (800 016 B) is not counted
        assertTrue(smallSize >= 8_016 && smallSize < 8_016 + 300, "small holder " + smallSize);
        // a long[10 000] (16 + 80 000 B) instead of a long[0] (16 B): exactly 80 000 B more
        assertEquals(80_000, largeSize - smallSize);
    }

    @Test
    void printsNothingOnStandardOutput() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            RetainedSize.of(new Holder(new long[1], new long[1]));
        } finally {
            System.setOut(original);
        }
        assertEquals("", captured.toString(StandardCharsets.UTF_8));
    }
}
