/**
 * Plant models of the double inverted pendulum on a cart (docs/model.md §2–§3): {@link io.dip.dynamics.FullDynamics}
 * ({@code full}), {@link io.dip.dynamics.SimplifiedDynamics} ({@code simplified}) and
 * {@link io.dip.dynamics.LinearDynamics} ({@code linear}, alias {@code lowrank}), built on the shared
 * {@link io.dip.dynamics.PendulumCoefficients} and registered as {@link io.dip.api.DynamicsProvider} services.
 *
 * <p>Every {@code derivative} call is allocation-free; a model instance owns scratch arrays and is confined to
 * one thread.
 */
package io.dip.dynamics;
