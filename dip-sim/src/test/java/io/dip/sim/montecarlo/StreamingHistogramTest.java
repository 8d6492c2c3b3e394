package io.dip.sim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StreamingHistogramTest {

    @Test
    void binsCountEveryValueBetweenTheirEdges() {
        SplittableRandom random = new SplittableRandom(3);
        double[] values = new double[20_000];
        StreamingHistogram histogram = new StreamingHistogram();
        for (int i = 0; i < values.length; i++) {
            // a range that grows both ways as the stream goes on
            values[i] = (random.nextDouble() - 0.3) * (1 + i / 100.0);
            histogram.add(values[i]);
        }
        histogram.add(Double.NaN);
        assertEquals(values.length, histogram.count());
        StreamingHistogram.Bins bins = histogram.bins(30);
        double[] edges = bins.edges();
        long[] counts = bins.counts();
        assertTrue(counts.length >= 15 && counts.length <= 30, "about the bins asked for: " + counts.length);
        assertTrue(edges[0] <= histogram.min() && edges[counts.length] >= histogram.max());
        long[] expected = new long[counts.length];
        for (double v : values) {
            for (int b = 0; b < counts.length; b++) {
                boolean last = b == counts.length - 1;
                if (v >= edges[b] && (v < edges[b + 1] || last && v <= edges[b + 1])) {
                    expected[b]++;
                    break;
                }
            }
        }
        assertArrayEquals(expected, counts);
    }

    @Test
    void aConstantSampleIsOneBar() {
        StreamingHistogram histogram = new StreamingHistogram();
        for (int i = 0; i < 5; i++) {
            histogram.add(2.5);
        }
        StreamingHistogram.Bins bins = histogram.bins(10);
        assertArrayEquals(new long[] {5}, bins.counts());
        assertTrue(bins.edges()[0] < 2.5 && bins.edges()[1] > 2.5);
    }
}
