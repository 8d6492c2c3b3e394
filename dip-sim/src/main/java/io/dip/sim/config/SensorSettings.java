package io.dip.sim.config;

import io.dip.api.StateIndex;
import java.util.Arrays;

/**
 * The {@code sensor} section: measurement imperfections applied to the state the controller sees.
 *
 * @param noiseStd     standard deviation of additive Gaussian noise per state component (units of the component),
 *                     ≥ 0; key {@code noise_std} (a single number applies to all six)
 * @param quantization quantisation step per component (units of the component), ≥ 0, 0 = none; key
 *                     {@code quantization} (a single number applies to all six)
 */
public record SensorSettings(double[] noiseStd, double[] quantization) {

    /** Section name. */
    public static final String SECTION = "sensor";

    /** The built-in defaults: a perfect sensor. */
    public static final SensorSettings DEFAULTS = new SensorSettings(new double[StateIndex.DIMENSION],
            new double[StateIndex.DIMENSION]);

    /**
     * Validates both vectors.
     *
     * @throws ConfigException naming the component
     */
    public SensorSettings {
        noiseStd = Range.NON_NEGATIVE.checkVector(SECTION + ".noise_std", noiseStd, StateIndex.DIMENSION);
        quantization = Range.NON_NEGATIVE.checkVector(SECTION + ".quantization", quantization,
                StateIndex.DIMENSION);
    }

    /** @return a copy of the noise standard deviations */
    @Override
    public double[] noiseStd() {
        return noiseStd.clone();
    }

    /** @return a copy of the quantisation steps */
    @Override
    public double[] quantization() {
        return quantization.clone();
    }

    /** @return true when the sensor adds neither noise nor quantisation */
    public boolean isPerfect() {
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            if (noiseStd[i] != 0.0 || quantization[i] != 0.0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SensorSettings s && Arrays.equals(noiseStd, s.noiseStd)
                && Arrays.equals(quantization, s.quantization);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(noiseStd) + Arrays.hashCode(quantization);
    }

    @Override
    public String toString() {
        return "SensorSettings[noiseStd=" + Arrays.toString(noiseStd) + ", quantization="
                + Arrays.toString(quantization) + "]";
    }
}
