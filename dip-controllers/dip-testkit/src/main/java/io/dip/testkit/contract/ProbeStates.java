package io.dip.testkit.contract;

import io.dip.api.StateIndex;
import java.util.SplittableRandom;

/**
 * A fixed, seeded set of plant states near the upright equilibrium, preallocated, that benchmarks and the
 * audit feed to {@code computeControl} and {@code derivative} in turn: varied enough that the JIT cannot fold
 * the work into a constant, cheap to fetch (one masked array read, no allocation).
 *
 * <p>Each state is drawn uniformly: cart position ±0.1 m, angles ±0.1 rad, cart velocity ±0.2 m/s, angular
 * velocities ±0.2 rad/s.
 */
public final class ProbeStates {

    /** Number of states in the default set (a power of two). */
    public static final int DEFAULT_COUNT = 1024;

    /** Seed of the default set. */
    public static final long DEFAULT_SEED = 20_240_601L;

    private static final double POSITION_SPAN = 0.1;
    private static final double ANGLE_SPAN = 0.1;
    private static final double VELOCITY_SPAN = 0.2;

    private final double[][] states;
    private final int mask;

    /** Creates the default set ({@value #DEFAULT_COUNT} states, seed {@value #DEFAULT_SEED}). */
    public ProbeStates() {
        this(DEFAULT_COUNT, DEFAULT_SEED);
    }

    /**
     * @param count number of states, a power of two ≥ 1
     * @param seed  seed of the draw
     */
    public ProbeStates(int count, long seed) {
        if (count < 1 || Integer.bitCount(count) != 1) {
            throw new IllegalArgumentException("state count must be a power of two >= 1, got " + count);
        }
        SplittableRandom random = new SplittableRandom(seed);
        states = new double[count][StateIndex.DIMENSION];
        for (double[] x : states) {
            x[StateIndex.X] = span(random, POSITION_SPAN);
            x[StateIndex.THETA1] = span(random, ANGLE_SPAN);
            x[StateIndex.THETA2] = span(random, ANGLE_SPAN);
            x[StateIndex.X_DOT] = span(random, VELOCITY_SPAN);
            x[StateIndex.THETA1_DOT] = span(random, VELOCITY_SPAN);
            x[StateIndex.THETA2_DOT] = span(random, VELOCITY_SPAN);
        }
        mask = count - 1;
    }

    private static double span(SplittableRandom random, double half) {
        return (2 * random.nextDouble() - 1) * half;
    }

    /**
     * @param i any index; the set is used cyclically
     * @return the state {@code i mod count} (shared: do not modify)
     */
    public double[] get(long i) {
        return states[(int) (i & mask)];
    }

    /** @return the number of states */
    public int count() {
        return states.length;
    }
}
