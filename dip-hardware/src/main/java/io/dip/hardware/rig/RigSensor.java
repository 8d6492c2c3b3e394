package io.dip.hardware.rig;

import io.dip.api.StateIndex;
import java.util.SplittableRandom;

/**
 * A rig's sensor: {@code yᵢ = qᵢ·round((xᵢ + σᵢ·zᵢ)/qᵢ)}, Gaussian noise of standard deviation σᵢ (the unit of
 * component i: m, rad, m/s, rad/s) drawn from a seeded stream, then quantisation to the step qᵢ (none when
 * qᵢ = 0). Allocation-free.
 */
final class RigSensor {

    private final double[] noiseStd;
    private final double[] quantum;
    private final SplittableRandom random;

    /**
     * @param noiseStd σ per component, finite, ≥ 0
     * @param quantum  q per component, finite, ≥ 0
     * @param seed     seed of the noise stream
     */
    RigSensor(double[] noiseStd, double[] quantum, long seed) {
        this.noiseStd = noiseStd.clone();
        this.quantum = quantum.clone();
        this.random = new SplittableRandom(seed);
    }

    /**
     * @param x true state (length 6)
     * @param y receives the measurement (length 6), may not alias {@code x}
     */
    void measure(double[] x, double[] y) {
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            double value = x[i];
            if (noiseStd[i] != 0.0) {
                value += noiseStd[i] * random.nextGaussian();
            }
            if (quantum[i] != 0.0) {
                value = quantum[i] * Math.rint(value / quantum[i]);
            }
            y[i] = value;
        }
    }
}
