package io.dip.sim.disturbance;

/**
 * A counter-based random generator: the value for {@code (seed, counter)} is a fixed function of the pair (the
 * SplitMix64 output function applied to {@code mix(seed) + (counter + 1)·γ}, γ the 64-bit golden ratio), so a
 * random sequence can be evaluated at any index, in any order, on any thread, without state and without
 * allocating.
 */
public final class CounterRandom {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final double TWO_PI = 2 * Math.PI;
    private static final double UNIT = 0x1.0p-53;

    private CounterRandom() {
    }

    /**
     * The SplitMix64 finaliser (variant 13 of D. Stafford's mixers): a bijection of the 64-bit integers whose
     * output bits each depend on every input bit.
     *
     * @param z input
     * @return the mixed value
     */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * @param seed    stream seed
     * @param counter index in the stream, ≥ 0
     * @return 64 random bits for that index
     */
    public static long bits(long seed, long counter) {
        return mix(mix(seed) + (counter + 1) * GOLDEN_GAMMA);
    }

    /**
     * Derives an independent seed, e.g. the seed of run {@code index} of a study seeded with {@code seed}.
     *
     * @param seed  parent seed
     * @param index child index, ≥ 0
     * @return the child seed
     */
    public static long derive(long seed, long index) {
        return bits(seed, index);
    }

    /**
     * @param seed    stream seed
     * @param counter index in the stream
     * @return a uniform value in (0, 1], a multiple of 2⁻⁵³
     */
    public static double uniform(long seed, long counter) {
        return ((bits(seed, counter) >>> 11) + 1) * UNIT;
    }

    /**
     * A standard normal value by the Box–Muller transform of the uniforms at {@code 2·counter} and
     * {@code 2·counter + 1}: {@code z = √(−2 ln u1)·cos(2π u2)}.
     *
     * @param seed    stream seed
     * @param counter index in the stream
     * @return a sample of N(0, 1)
     */
    public static double gaussian(long seed, long counter) {
        double u1 = uniform(seed, 2 * counter);
        double u2 = uniform(seed, 2 * counter + 1);
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(TWO_PI * u2);
    }
}
