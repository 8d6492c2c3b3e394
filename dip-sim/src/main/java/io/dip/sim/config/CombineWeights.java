package io.dip.sim.config;

/**
 * How the cost of several evaluation runs is combined: {@code J = mean·mean(Jᵢ) + max·max(Jᵢ)}.
 *
 * @param mean weight of the mean over runs, ≥ 0; key {@code mean}
 * @param max  weight of the worst run, ≥ 0; key {@code max}
 */
public record CombineWeights(double mean, double max) {
}
