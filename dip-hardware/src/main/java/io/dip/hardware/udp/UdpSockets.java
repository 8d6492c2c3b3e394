package io.dip.hardware.udp;

import io.dip.api.HardwareException;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;

/** Opens the non-blocking UDP channels of both ends of the link. */
final class UdpSockets {

    private UdpSockets() {
    }

    /**
     * @param what    the flag or key naming the address, for messages (e.g. {@code --bind})
     * @param address where to bind (port 0: any free port)
     * @return a non-blocking channel bound to {@code address}
     * @throws HardwareException when the address cannot be bound (in use, not local), naming it
     */
    static DatagramChannel bind(String what, InetSocketAddress address) {
        DatagramChannel channel = null;
        try {
            channel = DatagramChannel.open(address.getAddress() instanceof java.net.Inet6Address
                    ? StandardProtocolFamily.INET6 : StandardProtocolFamily.INET);
            channel.bind(address);
            channel.configureBlocking(false);
            return channel;
        } catch (BindException e) {
            closeQuietly(channel);
            throw new HardwareException(what + " " + address.getHostString() + ":" + address.getPort()
                    + ": cannot bind (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new HardwareException(what + " " + address.getHostString() + ":" + address.getPort() + ": " + e, e);
        }
    }

    /** Closes a channel, ignoring a failure to close. */
    static void closeQuietly(DatagramChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
