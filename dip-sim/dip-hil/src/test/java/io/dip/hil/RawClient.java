package io.dip.hil;

import io.dip.hardware.udp.HostPort;
import io.dip.hardware.udp.WireFormat;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;

/**
 * An independent client for protocol tests: writes arbitrary datagrams to a plant server over 127.0.0.1 and reads
 * its replies with a timeout.
 */
final class RawClient implements AutoCloseable {

    private final DatagramChannel channel;
    private final Selector selector;
    private final WireFormat wire = new WireFormat();

    RawClient(HostPort plant) throws IOException {
        channel = DatagramChannel.open();
        channel.bind(new InetSocketAddress(HostPort.LOOPBACK, 0));
        channel.connect(new InetSocketAddress(plant.host(), plant.port()));
        channel.configureBlocking(false);
        selector = Selector.open();
        channel.register(selector, SelectionKey.OP_READ);
    }

    /** Sends a well-formed command. */
    void command(long seq, double u) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(WireFormat.COMMAND_BYTES);
        wire.encodeCommand(buffer, seq, u);
        channel.write(buffer);
    }

    /** Sends raw bytes. */
    void raw(byte[] bytes) throws IOException {
        channel.write(ByteBuffer.wrap(bytes));
    }

    /** @return the next reply, or null when none comes within {@code millis} */
    byte[] reply(long millis) throws IOException {
        selector.selectedKeys().clear();
        if (selector.select(millis) == 0) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate(128);
        channel.read(buffer);
        buffer.flip();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    @Override
    public void close() throws IOException {
        selector.close();
        channel.close();
    }
}
