/**
 * Hardware in the loop on the simulation engine: the plant server loop (lock-step and real-time, with a watchdog),
 * the controller's plant step through a {@link io.dip.api.HardwareDriver} (timeouts, retransmissions, round-trip
 * latency), and the {@code dip hil plant|controller|run} commands. The wire protocol and the drivers live in
 * {@code io.dip.hardware}; see docs/hil.md.
 */
package io.dip.hil;
