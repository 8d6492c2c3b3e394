package io.dip.sim.tuning;

import java.util.Arrays;

/**
 * The best cost after each iteration of an optimisation run, in memory proportional to the iterations done (not to
 * the budget: a budget of 10⁹ iterations stopped after 50 holds 50 entries, give or take a doubling).
 */
final class CostHistory {

    private static final int INITIAL_CAPACITY = 64;

    private double[] costs = new double[INITIAL_CAPACITY];
    private int size;

    /** @param bestCost the best cost after the iteration just completed */
    void add(double bestCost) {
        if (size == costs.length) {
            costs = Arrays.copyOf(costs, costs.length * 2);
        }
        costs[size++] = bestCost;
    }

    /** @return the entries, oldest first */
    double[] toArray() {
        return Arrays.copyOf(costs, size);
    }
}
