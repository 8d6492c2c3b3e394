/**
 * Hardware drivers behind the dip SPI: simulated sensors and actuators and the UDP hardware-in-the-loop client
 * and plant server of docs/model.md §10 (16-byte command, 56-byte state datagrams, big-endian, CRC-32).
 *
 * <p>Like {@code io.dip.dynamics} and {@code io.dip.controllers}, this package depends only on {@code io.dip.api}
 * among the project's packages.
 */
package io.dip.hardware;
