/**
 * Monte Carlo studies (docs/model.md §9): many runs of one scenario with the plant's physical parameters drawn as
 * {@code p·(1 + δ·U(−1,1))} and the initial state drawn in a box around the scenario's, each run seeded from the
 * study seed and its index so that a study gives the same report whatever the number of threads; and the report:
 * success rate and mean, standard deviation and 95 % confidence interval of each measure.
 */
package io.dip.sim.montecarlo;
