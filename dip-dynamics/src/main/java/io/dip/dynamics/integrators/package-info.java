/**
 * Integrators over one control period with the force held (docs/model.md §4): {@link
 * io.dip.dynamics.integrators.ExplicitEuler} ({@code euler}), {@link io.dip.dynamics.integrators.RungeKutta4}
 * ({@code rk4}) and the adaptive {@link io.dip.dynamics.integrators.DormandPrince45} ({@code rk45}), registered as
 * {@link io.dip.api.IntegratorProvider} services. Every {@code step} is allocation-free and accepts
 * {@code out == x}.
 */
package io.dip.dynamics.integrators;
