/**
 * The {@code dip} command line, built with picocli: {@link io.dip.sim.cli.DipCli} is the main class.
 *
 * <p>Built-in commands: {@code plugins} (every installed provider with its gains) and {@code config show|check}.
 * Every other command — {@code simulate}, {@code compare}, {@code montecarlo}, {@code tune} in dip-sim,
 * {@code audit} in dip-bench, or a third party's — is a {@link io.dip.sim.cli.DipCommand} service listed in
 * {@code META-INF/services/io.dip.sim.cli.DipCommand} of its module and found at start-up.
 *
 * <p>Commands reuse {@link io.dip.sim.cli.CommonOptions} ({@code --config FILE}, {@code --set KEY=VALUE},
 * {@code --plugins DIR}) and its {@link io.dip.sim.cli.CommonOptions#openContext()}, and simply throw on failure:
 * {@link io.dip.sim.cli.ExitCodes} maps the exception to the exit code (0 ran, 1 internal error, 2 usage or
 * configuration error, 130/143 interrupted by SIGINT/SIGTERM) and the error is printed to stderr as one line
 * ({@code --verbose} adds the stack trace).
 *
 * <p>Long commands share three mechanisms: output options marked {@link io.dip.sim.cli.OutputFile} are checked
 * together by {@link io.dip.sim.cli.OutputFiles} before the command runs; {@link io.dip.sim.cli.Interruption} turns
 * Ctrl-C and SIGTERM into a cancellation and waits for the outputs of what was done; {@link
 * io.dip.sim.cli.LongRunOptions} adds {@code --progress} and {@code --force} (the step limit).
 */
package io.dip.sim.cli;
