/**
 * Test support shared by the dip-sim tests: small providers registered on the test class path (a state-feedback
 * controller, a decoupled point-mass plant, an explicit Euler integrator bound through a
 * {@link io.dip.sim.runtime.DipModule}) and {@link io.dip.sim.testing.PluginJarBuilder}, which compiles and
 * packages plugin jars at test time.
 */
package io.dip.sim.testing;
