/**
 * Force disturbances added to the commanded force before the actuator limit, and the sensor model that corrupts
 * the state the controller measures (docs/model.md §5).
 *
 * <p>Everything here is an immutable value whose per-step methods are pure functions of time (and of a seed and a
 * step counter for the random ones): allocation-free, thread-safe, and reproducible whatever the thread that
 * evaluates them. Random values come from {@link io.dip.sim.disturbance.CounterRandom}, a counter-based generator,
 * so no generator state has to be carried from step to step.
 */
package io.dip.sim.disturbance;
