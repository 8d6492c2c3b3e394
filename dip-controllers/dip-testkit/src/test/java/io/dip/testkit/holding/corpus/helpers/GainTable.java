package io.dip.testkit.holding.corpus.helpers;

import java.util.HashMap;
import java.util.Map;

/** A gain schedule memoised in a map: grows with every new operating point. */
public final class GainTable {

    private final HashMap<Double, Double> cache = new HashMap<>();

    /**
     * @param angle operating point (rad)
     * @return the gain there
     */
    public double gain(double angle) {
        Map<Double, Double> memo = cache;
        return memo.computeIfAbsent(angle, a -> 1.0 + a * a);
    }
}
