/**
 * Per-run performance measures computed on the fly, one sample per control step and without allocating: the cost
 * J of docs/model.md §7 and the Monte Carlo measures of §9 (ISE, settling time, overshoot, peak force, chattering
 * index), which apply only to a run that reached its end ({@link io.dip.sim.metrics.Outcome}); definitions in
 * {@link io.dip.sim.metrics.MeasureDefinitions} and docs/measures.md.
 */
package io.dip.sim.metrics;
