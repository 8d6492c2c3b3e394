package io.dip.sim.montecarlo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StatisticTest {

    /** t_{0.975, 4} from statistical tables. */
    private static final double T_975_4 = 2.7764451051977987;

    @Test
    void meanSampleStdAndStudentInterval() {
        Statistic s = Statistic.of(new double[] {1, 2, 3, 4, 5});
        assertEquals(5, s.n());
        assertEquals(3.0, s.mean(), 1e-15);
        assertEquals(Math.sqrt(2.5), s.std(), 1e-15);
        double half = T_975_4 * Math.sqrt(2.5) / Math.sqrt(5);
        assertEquals(3.0 - half, s.ciLow(), 1e-9);
        assertEquals(3.0 + half, s.ciHigh(), 1e-9);
    }

    @Test
    void nonFiniteValuesAreSkippedAndSmallSamplesGiveNaN() {
        assertEquals(Statistic.of(new double[] {1, 2, 3, 4, 5}),
                Statistic.of(new double[] {1, Double.NaN, 2, 3, Double.POSITIVE_INFINITY, 4, 5}));
        Statistic one = Statistic.of(new double[] {7});
        assertEquals(7.0, one.mean());
        assertTrue(Double.isNaN(one.std()) && Double.isNaN(one.ciLow()));
        Statistic none = Statistic.of(new double[0]);
        assertEquals(0, none.n());
        assertTrue(Double.isNaN(none.mean()));
    }
}
