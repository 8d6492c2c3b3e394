/**
 * The UDP hardware-in-the-loop link (docs/hil.md, docs/model.md §10): the wire format, the plant side's command gate
 * (duplicates answered without stepping; stale, corrupt and short datagrams dropped and counted), the controller
 * side's reply tracker, the seeded fault injector of each endpoint's send path, the controller's {@code udp_link}
 * driver and the plant server's endpoint. Non-blocking {@link java.nio.channels.DatagramChannel}s with direct
 * buffers: nothing is allocated per datagram.
 */
package io.dip.hardware.udp;
