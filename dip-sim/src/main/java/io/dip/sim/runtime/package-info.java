/**
 * Plugin runtime: finds controller, plant-model and integrator providers with {@link java.util.ServiceLoader} on
 * the class path and in a plugins directory (one class loader per jar), binds them into Guice
 * {@code MapBinder}s by name beside the bindings of plugin modules (no injector when there is no module) and exposes
 * them through an immutable {@link io.dip.sim.runtime.PluginRegistry}.
 *
 * <p>Two ways to contribute: a plain {@code META-INF/services/io.dip.api.ControllerProvider} (or
 * {@code DynamicsProvider}, {@code IntegratorProvider}) entry, or a {@link io.dip.sim.runtime.DipModule} service
 * that binds providers with Guice. Every start-up problem — a duplicate name, a provider that fails to load, a jar
 * without a service entry, an unknown name — raises a {@link io.dip.sim.runtime.PluginException} naming the jar
 * or class; nothing falls back silently.
 */
package io.dip.sim.runtime;
