package io.dip.sim.disturbance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CounterRandomTest {

    /** SplitMix64's finaliser on known inputs (values of the reference C implementation). */
    @Test
    void mixIsTheSplitMix64Finaliser() {
        // splitmix64 with state 0: first output = mix(0x9e3779b97f4a7c15)
        assertEquals(0xe220a8397b1dcdafL, CounterRandom.mix(0x9e3779b97f4a7c15L));
        // second output = mix(2 * gamma)
        assertEquals(0x6e789e6aa1b965f4L, CounterRandom.mix(0x9e3779b97f4a7c15L * 2));
    }

    @Test
    void uniformsLieInTheHalfOpenUnitIntervalWithTheRightMoments() {
        int n = 400_000;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < n; i++) {
            double u = CounterRandom.uniform(3, i);
            assertTrue(u > 0 && u <= 1);
            sum += u;
            sumSq += u * u;
        }
        assertEquals(0.5, sum / n, 0.002);
        assertEquals(1.0 / 12, sumSq / n - (sum / n) * (sum / n), 0.001);
    }

    @Test
    void gaussiansHaveUnitVarianceAndNormalTails() {
        int n = 400_000;
        double sumSq = 0;
        double sumFourth = 0;
        int beyondTwo = 0;
        for (int i = 0; i < n; i++) {
            double z = CounterRandom.gaussian(11, i);
            sumSq += z * z;
            sumFourth += z * z * z * z;
            beyondTwo += Math.abs(z) > 2 ? 1 : 0;
        }
        assertEquals(1.0, sumSq / n, 0.01);
        assertEquals(3.0, sumFourth / n, 0.06, "kurtosis");
        assertEquals(0.0455, (double) beyondTwo / n, 0.002, "P(|z| > 2)");
    }

    @Test
    void derivedSeedsDifferPerIndexAndParent() {
        assertNotEquals(CounterRandom.derive(1, 0), CounterRandom.derive(1, 1));
        assertNotEquals(CounterRandom.derive(1, 0), CounterRandom.derive(2, 0));
        assertEquals(CounterRandom.derive(1, 5), CounterRandom.derive(1, 5));
    }
}
