/**
 * Gain tuning: derivative-free optimisers over a box, and the simulation-based objective that scores a controller's
 * gain vectors.
 *
 * <p><b>Optimisers</b> know nothing about simulation. An {@link io.dip.sim.tuning.Optimizer} minimises a
 * {@link io.dip.sim.tuning.BatchObjective} — a function that scores a whole set of points at once, so that a swarm
 * or population can be evaluated in parallel — within {@link io.dip.sim.tuning.SearchBounds}. Every optimiser is
 * seeded and draws all its random numbers on the calling thread in a fixed order, so a run is reproducible to the
 * last bit whatever the number of threads the objective uses:
 * <ul>
 *   <li>{@link io.dip.sim.tuning.ParticleSwarmOptimizer}: global-best particle swarm (docs/model.md §8), the
 *       default;</li>
 *   <li>{@link io.dip.sim.tuning.CmaEsOptimizer}: covariance matrix adaptation evolution strategy (Hipparchus);</li>
 *   <li>{@link io.dip.sim.tuning.NelderMeadOptimizer}: Nelder–Mead downhill simplex (Hipparchus).</li>
 * </ul>
 * A run reports each iteration to a {@link io.dip.sim.tuning.ProgressListener}, stops cooperatively through a
 * {@link io.dip.sim.tuning.CancellationFlag}, and returns an {@link io.dip.sim.tuning.OptimizationResult} that keeps
 * the best point found so far.
 *
 * <p><b>Tuning</b> puts a controller into that frame. {@link io.dip.sim.tuning.TuningScenarios} builds the
 * {@link io.dip.sim.tuning.ScenarioSet} (configured, robust, extra states), {@link io.dip.sim.tuning.BoundsOverrides}
 * the search box, {@link io.dip.sim.tuning.ControllerTuningObjective} scores gain vectors (cost J of docs/model.md
 * §7, combined as mean and max over the scenarios; a run that falls or throws is scored with its failure penalty,
 * see docs/measures.md) from the runs of a {@link io.dip.sim.tuning.ScenarioRuns} — the engine's batch runner
 * ({@link io.dip.sim.tuning.LocalScenarioRuns}) or a cluster ({@link io.dip.sim.cluster.StudyCluster#tuning}) — and
 * {@link io.dip.sim.tuning.GainTuner} runs the whole search into a {@link io.dip.sim.tuning.TuningReport}, which
 * {@link io.dip.sim.tuning.TuningResultFile} writes as JSON (and reads back for {@code dip simulate --gains}) and
 * {@link io.dip.sim.tuning.ConvergencePlot} plots.
 */
package io.dip.sim.tuning;
