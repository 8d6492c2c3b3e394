/**
 * The project's layering rules as ArchUnit rules: see {@link io.dip.sim.architecture.DipArchitectureRules}.
 */
package io.dip.sim.architecture;
