/**
 * Test support shared by the dip-sim tests: small providers registered on the test class path (a state-feedback
 * controller, a decoupled point-mass plant, an explicit Euler integrator bound through a
 * {@link io.dip.sim.runtime.DipModule}) and {@link io.dip.sim.testing.PluginJarBuilder}, which compiles and
 * packages plugin jars at test time; the engine's test doubles (a linear plant, an RK4 integrator, a PD controller
 * and a scripted controller, created directly rather than registered), scenario builders over them, and
 * {@link io.dip.sim.testing.Plugins}, which finds the real models, integrators and controllers by name.
 */
package io.dip.sim.testing;
