/**
 * From configuration to runs: maps the effective {@link io.dip.sim.config.DipConfig} and the installed providers of a
 * {@link io.dip.sim.runtime.PluginRegistry} onto the engine's types — the base
 * {@link io.dip.sim.engine.Scenario} of a controller ({@link io.dip.sim.setup.ScenarioFactory}), the disturbance,
 * sensor and cost function of the configuration, and the Monte Carlo study of the {@code montecarlo} and
 * {@code physics_uncertainty} sections.
 *
 * <p>Names are resolved here and only here: the engine takes provider objects, and everything above this package
 * (the {@code dip} commands, the gain tuner) starts from a base scenario and varies it.
 */
package io.dip.sim.setup;
