/**
 * The project's architecture and controller-memory rules as ArchUnit rules, reusable by plugin authors on their
 * own classes: see {@link io.dip.sim.architecture.DipArchitectureRules}.
 */
package io.dip.sim.architecture;
