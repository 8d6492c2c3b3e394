package io.dip.sim.disturbance;

import io.dip.api.StateIndex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the controller measures: {@code yᵢ = qᵢ·round((xᵢ + σᵢ·zᵢ)/qᵢ)}, additive Gaussian noise of standard
 * deviation σᵢ per state component, then quantisation to the nearest multiple of the step qᵢ (no quantisation
 * when qᵢ = 0). With all σᵢ = qᵢ = 0 the sensor is the identity.
 *
 * <p>The noise of component i at step k is the standard normal value of {@link CounterRandom} for the run seed at
 * counter {@code 6·k + i}: reproducible, independent across components and steps, and computed without state or
 * allocation.
 */
public final class SensorModel {

    /** Type name in configuration and result files. */
    public static final String SECTION = "sensor";

    /** The perfect sensor, y = x. */
    public static final SensorModel IDENTITY =
            new SensorModel(new double[StateIndex.DIMENSION], new double[StateIndex.DIMENSION]);

    private final double[] noiseStd;
    private final double[] quantum;
    private final boolean identity;

    /**
     * @param noiseStd standard deviation per component (units of the component), 6 values finite and ≥ 0
     * @param quantum  quantisation step per component (units of the component), 6 values finite and ≥ 0; 0 = none
     */
    public SensorModel(double[] noiseStd, double[] quantum) {
        this.noiseStd = checked("noise_std", noiseStd);
        this.quantum = checked("quantization", quantum);
        boolean allZero = true;
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            allZero &= this.noiseStd[i] == 0.0 && this.quantum[i] == 0.0;
        }
        this.identity = allZero;
    }

    private static double[] checked(String key, double[] values) {
        if (values == null || values.length != StateIndex.DIMENSION) {
            throw new IllegalArgumentException(SECTION + "." + key + " needs " + StateIndex.DIMENSION
                    + " values (" + String.join(", ", StateIndex.NAMES) + ")");
        }
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0) || !Double.isFinite(values[i])) {
                throw new IllegalArgumentException(SECTION + "." + key + "[" + i + "] ("
                        + StateIndex.NAMES.get(i) + ") must be finite and >= 0, got " + values[i]);
            }
        }
        return values.clone();
    }

    /** @return true when the sensor returns the state unchanged */
    public boolean isIdentity() {
        return identity;
    }

    /**
     * Writes the measurement of {@code x} at step {@code step}. Allocation-free.
     *
     * @param seed the run seed
     * @param step the step index k ≥ 0
     * @param x    true state (length 6), not modified
     * @param y    receives the measured state (length 6); may not alias {@code x} unless the sensor is the identity
     */
    public void measure(long seed, long step, double[] x, double[] y) {
        if (identity) {
            System.arraycopy(x, 0, y, 0, StateIndex.DIMENSION);
            return;
        }
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            double value = x[i];
            if (noiseStd[i] != 0.0) {
                value += noiseStd[i] * CounterRandom.gaussian(seed, step * StateIndex.DIMENSION + i);
            }
            if (quantum[i] != 0.0) {
                value = quantum[i] * Math.rint(value / quantum[i]);
            }
            y[i] = value;
        }
    }

    /** @return the noise standard deviations (a copy) */
    public double[] noiseStd() {
        return noiseStd.clone();
    }

    /** @return the quantisation steps (a copy) */
    public double[] quantum() {
        return quantum.clone();
    }

    /** @return the settings with the configuration keys, for result files */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("noise_std", toList(noiseStd));
        map.put("quantization", toList(quantum));
        return map;
    }

    private static List<Double> toList(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
