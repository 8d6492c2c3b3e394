package io.dip.sim.disturbance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.testkit.measure.AllocationAssertions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DisturbanceTest {

    @Test
    void stepSwitchesOnAtItsStart() {
        StepDisturbance step = new StepDisturbance(-3.5, 0.2);
        assertEquals(0.0, step.force(0.0));
        assertEquals(0.0, step.force(0.19999));
        assertEquals(-3.5, step.force(0.2));
        assertEquals(-3.5, step.force(100));
    }

    @Test
    void impulseActsOnHalfOpenWindow() {
        ImpulseDisturbance pulse = new ImpulseDisturbance(40, 1.0, 0.05);
        assertEquals(0.0, pulse.force(0.999));
        assertEquals(40.0, pulse.force(1.0));
        assertEquals(40.0, pulse.force(1.049));
        assertEquals(0.0, pulse.force(1.05));
    }

    @Test
    void sinusoidStartsWithItsPhaseAtItsOnset() {
        SinusoidDisturbance wave = new SinusoidDisturbance(2.0, 0.25, 0.0, 1.0);
        assertEquals(0.0, wave.force(0.5));
        assertEquals(0.0, wave.force(1.0), 1e-15);
        assertEquals(2.0, wave.force(2.0), 1e-12);
        assertEquals(0.0, wave.force(3.0), 1e-12);
        assertEquals(-2.0, wave.force(4.0), 1e-12);
        SinusoidDisturbance cosine = new SinusoidDisturbance(1.5, 1.0, Math.PI / 2, 0.0);
        assertEquals(1.5, cosine.force(0.0), 1e-15);
        assertEquals(-1.5, cosine.force(0.5), 1e-12);
    }

    @Test
    void noiseIsHeldOverHalfTheInverseBandwidthAndHasTheGivenSpread() {
        double bandwidth = 20.0;
        BandLimitedNoise noise = new BandLimitedNoise(3.0, bandwidth, 42);
        assertEquals(0.025, noise.holdInterval(), 1e-15);
        assertEquals(noise.force(0.0251), noise.force(0.0499));
        assertNotEquals(noise.force(0.0249), noise.force(0.0251));
        int n = 200_000;
        double sum = 0;
        double sumSq = 0;
        double lag = 0;
        double previous = 0;
        for (int j = 0; j < n; j++) {
            double v = noise.force((j + 0.5) * 0.025);
            sum += v;
            sumSq += v * v;
            lag += v * previous;
            previous = v;
        }
        double mean = sum / n;
        double variance = sumSq / n - mean * mean;
        assertEquals(0.0, mean, 4 * 3.0 / Math.sqrt(n));
        assertEquals(3.0, Math.sqrt(variance), 0.03);
        assertEquals(0.0, lag / n / variance, 0.01, "successive held samples are independent");
    }

    @Test
    void noiseIsReproducibleFromItsSeed() {
        BandLimitedNoise a = new BandLimitedNoise(1, 50, 7);
        BandLimitedNoise b = new BandLimitedNoise(1, 50, 7);
        BandLimitedNoise c = new BandLimitedNoise(1, 50, 8);
        int differ = 0;
        for (int k = 0; k < 1000; k++) {
            double t = k * 1e-3;
            assertEquals(a.force(t), b.force(t));
            differ += a.force(t) != c.force(t) ? 1 : 0;
        }
        assertEquals(1000, differ);
    }

    @Test
    void reseedingChangesOnlyRandomParts() {
        StepDisturbance step = new StepDisturbance(1, 0);
        assertSame(step, step.reseeded(99));
        BandLimitedNoise noise = new BandLimitedNoise(1, 10, 5);
        BandLimitedNoise reseeded = (BandLimitedNoise) noise.reseeded(99);
        assertEquals(CounterRandom.derive(5, 99), reseeded.seed());
        assertEquals(reseeded, noise.reseeded(99));
        assertNotEquals(noise.force(0.3), reseeded.force(0.3));
    }

    @Test
    void sumAddsItsPartsAndReseedsEach() {
        DisturbanceSum sum = DisturbanceSum.of(new StepDisturbance(1, 0.5), new SinusoidDisturbance(2, 1, 0, 0),
                new BandLimitedNoise(0.5, 10, 3));
        for (double t : new double[] {0.0, 0.3, 0.5, 0.77, 2.0}) {
            double expected = (t >= 0.5 ? 1 : 0) + 2 * Math.sin(2 * Math.PI * t)
                    + new BandLimitedNoise(0.5, 10, 3).force(t);
            assertEquals(expected, sum.force(t), 1e-12);
        }
        DisturbanceSum reseeded = (DisturbanceSum) sum.reseeded(4);
        assertEquals(new BandLimitedNoise(0.5, 10, CounterRandom.derive(3, 4)), reseeded.parts().get(2));
        assertSame(sum.parts().get(0), reseeded.parts().get(0));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parts = (List<Map<String, Object>>) sum.describe().get("parts");
        assertEquals("noise", parts.get(2).get("type"));
        assertEquals(0.0, Disturbance.none().force(3.0));
    }

    @Test
    void badParametersNameTheirKey() {
        assertMessage("impulse.width", () -> new ImpulseDisturbance(1, 0, 0));
        assertMessage("step.start", () -> new StepDisturbance(1, -1));
        assertMessage("sinusoid.frequency", () -> new SinusoidDisturbance(1, -2, 0, 0));
        assertMessage("noise.bandwidth", () -> new BandLimitedNoise(1, 0, 0));
        assertMessage("noise.std", () -> new BandLimitedNoise(Double.NaN, 1, 0));
        assertMessage("step.amplitude", () -> new StepDisturbance(Double.POSITIVE_INFINITY, 0));
        assertMessage("sum.parts[1]", () -> DisturbanceSum.of(new StepDisturbance(1, 0), null));
    }

    @Test
    void forceAllocatesNothing() {
        Disturbance all = DisturbanceSum.of(new StepDisturbance(1, 0.5), new ImpulseDisturbance(5, 1, 0.01),
                new SinusoidDisturbance(0.5, 3, 0, 0), new BandLimitedNoise(0.3, 50, 7));
        double[] acc = new double[2];
        AllocationAssertions.assertAllocationFree("Disturbance.force", () -> {
            acc[0] += all.force(acc[1]);
            acc[1] += 1e-3;
        });
        assertTrue(Double.isFinite(acc[0]));
    }

    static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
