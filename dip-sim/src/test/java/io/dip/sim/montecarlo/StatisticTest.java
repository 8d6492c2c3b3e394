package io.dip.sim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class StatisticTest {

    /** t_{0.975, 4} from statistical tables. */
    private static final double T_975_4 = 2.7764451051977987;

    private static Statistic streamed(double... values) {
        RunningStatistic running = new RunningStatistic();
        for (double v : values) {
            running.add(v);
        }
        return running.summary();
    }

    @Test
    void meanSampleStdAndStudentInterval() {
        Statistic s = streamed(1, 2, 3, 4, 5);
        assertEquals(5, s.n());
        assertEquals(3.0, s.mean(), 1e-15);
        assertEquals(Math.sqrt(2.5), s.std(), 1e-15);
        double half = T_975_4 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(3.0 - half, s.ciLow(), 1e-9);
        assertEquals(3.0 + half, s.ciHigh(), 1e-9);
    }

    @Test
    void welfordAgreesWithTheTwoPassFormulaOnAnOffsetSample() {
        // a large offset is where the one-pass Σx² − n·mean² formula loses every digit; Welford must not
        SplittableRandom random = new SplittableRandom(11);
        double[] values = new double[100_000];
        for (int i = 0; i < values.length; i++) {
            values[i] = 1e9 + random.nextGaussian() * 0.5;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.length;
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        double std = Math.sqrt(squares / (values.length - 1));
        Statistic s = streamed(values);
        assertEquals(values.length, s.n());
        assertEquals(mean, s.mean(), 1e-4, "to the precision of the naive sum");
        assertEquals(std, s.std(), 1e-6 * std);
        assertEquals(0.5, s.std(), 0.01, "the sample's own spread");
    }

    @Test
    void nonFiniteValuesAreSkippedAndSmallSamplesHaveNoSpread() {
        assertEquals(streamed(1, 2, 3, 4, 5), streamed(1, Double.NaN, 2, 3, Double.POSITIVE_INFINITY, 4, 5));
        Statistic one = streamed(7);
        assertEquals(7.0, one.mean());
        assertTrue(Double.isNaN(one.std()) && Double.isNaN(one.ciLow()));
        assertNull(one.describe().get("std"), "no spread is null in result files");
        Statistic none = streamed();
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
        assertNull(none.describe().get("mean"));
    }
}
