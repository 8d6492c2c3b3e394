/**
 * The dip configuration: one YAML file ({@code dip.yaml} in the working directory, or {@code --config FILE}) read
 * with Jackson into immutable, validated records rooted at {@link io.dip.sim.config.DipConfig}.
 *
 * <p>Every section is optional (built-in defaults fill the gaps). Unknown keys, wrong types and out-of-range values
 * raise a {@link io.dip.sim.config.ConfigException} naming the dotted path, the allowed range and where the value
 * came from, e.g. {@code simulation.dt must be > 0 and <= 1, got -0.1 (in dip.yaml, line 4)}. Dotted-key
 * overrides ({@code simulation.dt=0.0005}) are validated the same way, and {@link
 * io.dip.sim.config.DipConfig#toYaml()} prints the effective configuration in a form that loads back to an equal
 * configuration. {@link io.dip.sim.config.ConfigPluginCheck} checks the names a configuration uses against the
 * installed plugins.
 */
package io.dip.sim.config;
