package io.dip.sim.disturbance;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Band-limited white noise: independent Gaussian samples of standard deviation {@code std}, each held for
 * {@code h = 1/(2·bandwidth)} seconds (zero-order hold at the Nyquist rate of the band):
 * {@code d(t) = std·z(⌊t/h⌋)}, z the standard normal sequence of {@code seed} from {@link CounterRandom}.
 *
 * <p>Its power is concentrated below {@code bandwidth} (the held sequence has a sinc² spectrum with its first null
 * at 2·bandwidth). A pure function of t: the same seed gives the same force at the same time, whatever the step
 * size or the order of evaluation.
 *
 * @param std       standard deviation of the force (N), finite and ≥ 0
 * @param bandwidth bandwidth (Hz), finite and &gt; 0
 * @param seed      stream seed
 */
public record BandLimitedNoise(double std, double bandwidth, long seed) implements Disturbance {

    /** Type name in configuration and result files. */
    public static final String TYPE = "noise";

    /** Checks the parameters; messages name {@code noise.<key>}. */
    public BandLimitedNoise {
        DisturbanceChecks.nonNegative(TYPE, "std", std);
        DisturbanceChecks.positive(TYPE, "bandwidth", bandwidth);
    }

    /** @return the hold interval h = 1/(2·bandwidth) (s) */
    public double holdInterval() {
        return 0.5 / bandwidth;
    }

    @Override
    public double force(double t) {
        long sample = (long) Math.floor(t * 2.0 * bandwidth);
        return std * CounterRandom.gaussian(seed, sample);
    }

    @Override
    public Disturbance reseeded(long runSeed) {
        return new BandLimitedNoise(std, bandwidth, CounterRandom.derive(seed, runSeed));
    }

    @Override
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", TYPE);
        map.put("std", std);
        map.put("bandwidth", bandwidth);
        map.put("seed", seed);
        return map;
    }
}
