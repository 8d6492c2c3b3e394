/**
 * Monte Carlo studies (docs/model.md §9): many runs of one scenario with the plant's physical parameters drawn as
 * {@code p·(1 + δ·U(−1,1))} and the initial state drawn in a box around the scenario's, each run seeded from the
 * study seed and its index so that a study gives the same report whatever the number of threads; and the report:
 * success rate and mean, standard deviation and 95 % confidence interval of each measure, folded in run-index
 * order into streaming statistics ({@link io.dip.sim.montecarlo.RunningStatistic},
 * {@link io.dip.sim.montecarlo.StreamingHistogram}) by a {@link io.dip.sim.montecarlo.MonteCarloTally}, so that a
 * study's memory does not depend on its number of runs; every run's row can be streamed to a
 * {@link io.dip.sim.montecarlo.RunRowsFile}.
 */
package io.dip.sim.montecarlo;
