/**
 * Per-run performance measures computed on the fly, one sample per control step and without allocating: the cost
 * J of docs/model.md §7 and the Monte Carlo measures of §9 (ISE, settling time, overshoot, peak force, chattering
 * index).
 */
package io.dip.sim.metrics;
