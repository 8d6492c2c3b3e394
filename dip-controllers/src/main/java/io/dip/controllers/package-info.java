/**
 * The sliding-mode controllers of docs/model.md §6, each a {@link io.dip.api.ControllerProvider} found by
 * ServiceLoader: {@code classical_smc} ({@link io.dip.controllers.ClassicalSmc}), {@code sta_smc}
 * ({@link io.dip.controllers.SuperTwistingSmc}), {@code adaptive_smc} ({@link io.dip.controllers.AdaptiveSmc})
 * and {@code hybrid_adaptive_sta_smc} ({@link io.dip.controllers.HybridAdaptiveSuperTwistingSmc}).
 *
 * <p>All share the full-state surface {@code σ = S·x} and its equivalent control, computed from the nominal
 * model by {@link io.dip.controllers.SlidingSurface}; each chooses a desired {@code σ̇ = ν} and outputs
 * {@code u = clamp(u_eq + ν/β, ±max_force)}. The common life cycle (fault handling, saturation, diagnostics,
 * bounded history, close) lives in {@link io.dip.controllers.SlidingModeController}; the common creation
 * (gain and option validation, surface design) in {@link io.dip.controllers.SlidingModeControllerProvider}.
 *
 * <p>Memory: a controller reaches its nominal model only through a {@link io.dip.api.DynamicsRef}, keeps only
 * final preallocated arrays and two bounded {@link io.dip.api.DoubleRingBuffer}s, and allocates nothing in
 * {@code computeControl}.
 */
package io.dip.controllers;
