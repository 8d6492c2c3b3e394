/**
 * Gain tuning: derivative-free optimisers over a box-bounded search space, and the tuning objective that
 * scores a controller's gain vector by simulation.
 *
 * <p>The optimiser layer knows nothing about simulation. An {@link io.dip.sim.tuning.Optimizer} minimises a
 * {@link io.dip.sim.tuning.BatchObjective} — a function that scores a whole set of points at once, so that the
 * points of a swarm or population can be evaluated in parallel — within {@link io.dip.sim.tuning.SearchBounds}.
 * Every optimiser is seeded and draws all its random numbers on the calling thread in a fixed order, so a run is
 * reproducible to the last bit whatever the number of threads the objective uses.
 *
 * <ul>
 *   <li>{@link io.dip.sim.tuning.ParticleSwarmOptimizer}: global-best particle swarm (MODEL.md §8), the default.</li>
 *   <li>{@link io.dip.sim.tuning.CmaEsOptimizer}: covariance matrix adaptation evolution strategy (Hipparchus).</li>
 *   <li>{@link io.dip.sim.tuning.NelderMeadOptimizer}: Nelder–Mead downhill simplex (Hipparchus).</li>
 * </ul>
 *
 * <p>Each run can be watched with a {@link io.dip.sim.tuning.ProgressListener} and stopped cooperatively through
 * a {@link io.dip.sim.tuning.CancellationFlag}; a stopped run still returns the best point found so far in its
 * {@link io.dip.sim.tuning.OptimizationResult}.
 */
package io.dip.sim.tuning;
