/**
 * The dip plugin SPI: what a controller, plant-model or integrator author implements, and the small value
 * types every module shares.
 *
 * <p>Conventions (docs/model.md §1): the state is {@code x = [x, θ1, θ2, ẋ, θ̇1, θ̇2]} in
 * (m, rad, rad, m/s, rad/s, rad/s), indexed by {@link io.dip.api.StateIndex}; θ1 and θ2 are absolute angles
 * from the upward vertical, positive towards +x; the control {@code u} is the horizontal force on the cart
 * in N. Everything on the hot path ({@link io.dip.api.DynamicsModel#derivative}, {@link
 * io.dip.api.Integrator#step}, {@link io.dip.api.Controller#computeControl}) writes into caller-owned or
 * preallocated arrays and allocates nothing.
 *
 * <p>A third-party controller needs only this module and a
 * {@code META-INF/services/io.dip.api.ControllerProvider} file: a {@link io.dip.api.ControllerProvider} and a
 * subclass of {@link io.dip.api.AbstractController} that writes its control law.
 */
package io.dip.api;
