package io.dip.hardware.udp;

import io.dip.api.Diagnostics;
import io.dip.api.HardwareException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;

/**
 * The plant server's socket: receives command datagrams, judges them with a {@link CommandGate}, and answers
 * through the endpoint's {@link FaultInjector} to the address the command came from. The last answer is kept, so
 * that a retransmission ({@link CommandGate.Verdict#DUPLICATE}) gets the same bytes again.
 *
 * <p>A non-blocking, unconnected {@link DatagramChannel} with direct buffers; allocation-free after warm-up.
 * Confine to one thread.
 */
public final class PlantEndpoint implements AutoCloseable {

    private final WireFormat wire = new WireFormat();
    private final CommandGate gate = new CommandGate();
    private final ByteBuffer receive = ByteBuffer.allocateDirect(64);
    private final ByteBuffer reply = ByteBuffer.allocateDirect(WireFormat.STATE_BYTES);
    private final FaultInjector injector;
    private final HostPort bind;
    private final Transmitter wireOut = (datagram, to) -> channel().send(datagram, to);
    private DatagramChannel channel;
    private SocketAddress sender;
    private boolean answered;

    /**
     * @param bind   where to listen (port 0: a free port)
     * @param faults the faults to inject on the replies
     */
    public PlantEndpoint(HostPort bind, FaultSpec faults) {
        this.bind = bind;
        this.injector = new FaultInjector(faults, 1);
    }

    /**
     * Binds the socket.
     *
     * @throws HardwareException when the address cannot be bound, naming it
     * @throws IllegalArgumentException when the host does not resolve
     */
    public void open() {
        if (channel == null) {
            channel = UdpSockets.bind("--bind", bind.resolve("--bind"));
        }
    }

    /** @return the bound address (the actual port when bound to port 0) */
    public InetSocketAddress localAddress() {
        try {
            return (InetSocketAddress) channel().getLocalAddress();
        } catch (IOException e) {
            throw new HardwareException("cannot read the local address: " + e, e);
        }
    }

    /**
     * Receives one datagram, when one is waiting, and judges it.
     *
     * @return the verdict, or null when no datagram is waiting
     */
    public CommandGate.Verdict receive() {
        try {
            receive.clear();
            SocketAddress from = channel().receive(receive);
            if (from == null) {
                return null;
            }
            receive.flip();
            sender = from;
            return gate.classify(receive);
        } catch (IOException e) {
            throw new HardwareException("plant server " + bind + ": receive failed: " + e, e);
        }
    }

    /** @return the force (N) of the command just accepted */
    public double command() {
        return WireFormat.command(receive);
    }

    /** @return the seq of the last accepted command (−1 before the first) */
    public long lastSeq() {
        return gate.lastSeq();
    }

    /**
     * Answers the command just accepted.
     *
     * @param state the state to send (length 6)
     * @param nowNanos the current {@link System#nanoTime()}
     */
    public void answer(double[] state, long nowNanos) {
        wire.encodeState(reply, gate.lastSeq(), state);
        answered = true;
        send(nowNanos);
    }

    /**
     * Answers a retransmission of the last accepted command with the same datagram as before.
     *
     * @param nowNanos the current {@link System#nanoTime()}
     */
    public void answerAgain(long nowNanos) {
        if (answered) {
            reply.rewind();
            send(nowNanos);
        }
    }

    private void send(long nowNanos) {
        try {
            injector.send(reply, sender, nowNanos, wireOut);
        } catch (IOException e) {
            // the client went away (ICMP unreachable) or the send buffer is full: the datagram is lost, as on a
            // real network; the client's timeout handles it
        }
    }

    /**
     * Sends the replies whose injected delay has passed.
     *
     * @param nowNanos the current {@link System#nanoTime()}
     */
    public void flush(long nowNanos) {
        try {
            injector.flush(nowNanos, wireOut);
        } catch (IOException e) {
            // lost, as in send
        }
    }

    /** @return the gate's counters ({@link CommandGate#ACCEPTED}, …) */
    public Diagnostics counters() {
        return gate.counters();
    }

    /** @return the injector's counters */
    public Diagnostics injected() {
        return injector.counters();
    }

    @Override
    public void close() {
        UdpSockets.closeQuietly(channel);
        channel = null;
    }

    private DatagramChannel channel() {
        if (channel == null) {
            throw new IllegalStateException("plant server " + bind + " is not open");
        }
        return channel;
    }
}
