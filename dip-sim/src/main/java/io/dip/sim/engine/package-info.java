/**
 * The closed-loop simulation engine (docs/model.md §5): a {@link io.dip.sim.engine.Scenario} names a plant, a nominal
 * model for the controller, an integrator and a controller by their dip-api providers; a
 * {@link io.dip.sim.engine.ClosedLoop} runs it step by step without allocating; {@link
 * io.dip.sim.engine.SimulationEngine} runs one scenario and {@link io.dip.sim.engine.BatchRunner} many in
 * parallel (or streamed in bounded chunks), with results that do not depend on the number of threads. A run that
 * throws is a result with status {@link io.dip.sim.engine.StopStatus#ERROR} and its reason
 * ({@link io.dip.sim.engine.RunErrors}), never the end of its batch.
 *
 * <p>The engine takes provider objects, never names: mapping a configuration file and the plugin registry onto
 * scenarios is the job of the layer above.
 */
package io.dip.sim.engine;
