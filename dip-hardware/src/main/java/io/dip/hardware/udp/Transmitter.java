package io.dip.hardware.udp;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;

/** Puts one datagram on the wire: the last stage of an endpoint's send path, after the {@link FaultInjector}. */
@FunctionalInterface
public interface Transmitter {

    /**
     * @param datagram the bytes between position and limit (consumed)
     * @param to       the destination (null on a connected channel)
     * @throws IOException when the channel fails
     */
    void transmit(ByteBuffer datagram, SocketAddress to) throws IOException;
}
