/**
 * The {@code dip audit} and {@code dip bench} commands, contributed to the {@code dip} CLI as
 * {@link io.dip.sim.cli.DipCommand} services.
 */
package io.dip.bench.cli;
