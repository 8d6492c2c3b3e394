package io.dip.sim.tuning;

import java.util.random.RandomGenerator;

/** A random generator that returns a fixed list of doubles, failing once they run out. */
final class ScriptedRandom implements RandomGenerator {
    private final double[] values;
    private int next;

    ScriptedRandom(double... values) {
        this.values = values.clone();
    }

    @Override
    public double nextDouble() {
        if (next >= values.length) {
            throw new AssertionError("the optimiser drew more than the " + values.length + " scripted numbers");
        }
        return values[next++];
    }

    @Override
    public long nextLong() {
        throw new AssertionError("the optimiser must draw doubles only");
    }

    int used() {
        return next;
    }
}
