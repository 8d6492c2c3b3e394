package io.dip.hardware.udp;

import io.dip.api.Diagnostics;
import io.dip.api.HardwareDriver;
import io.dip.api.HardwareDriverSpec;
import io.dip.api.HardwareException;
import io.dip.api.Options;
import io.dip.api.Watchdog;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.PortUnreachableException;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Set;

/**
 * The controller's end of the HIL link (docs/hil.md): each {@link #command} sends a 16-byte command datagram with the
 * next seq (1, 2, …) to the plant server, through the endpoint's {@link FaultInjector}; {@link #pollState} reads the
 * replies without blocking and returns the first valid reply to that command ({@link ReplyTracker}).
 * {@link #repeatCommand()} sends the same command again (same seq): the plant answers a retransmission without
 * stepping twice.
 *
 * <p>Options: {@code plant} ({@code HOST:PORT}, required), {@code bind} ({@code HOST:PORT}, default
 * {@code 127.0.0.1:0}), {@code inject} (a {@link FaultSpec}, default none). The force goes on the wire as given: the
 * actuator limit is the plant's. A non-blocking, connected
 * {@link DatagramChannel} with direct buffers: allocation-free after warm-up.
 */
public final class UdpLink implements HardwareDriver {

    /** Option: the plant server's address. */
    public static final String PLANT = "plant";
    /** Option: the local address. */
    public static final String BIND = "bind";
    /** Option: the faults to inject on the send path. */
    public static final String INJECT = "inject";
    /** The options this driver reads. */
    public static final Set<String> OPTIONS = Set.of(PLANT, BIND, INJECT);

    private final WireFormat wire = new WireFormat();
    private final ReplyTracker replies = new ReplyTracker();
    private final ByteBuffer transmit = ByteBuffer.allocateDirect(WireFormat.COMMAND_BYTES);
    private final ByteBuffer receive = ByteBuffer.allocateDirect(64);
    private final HostPort plant;
    private final HostPort bind;
    private final FaultInjector injector;
    private final Watchdog watchdog;
    private final Diagnostics counters;
    private final Transmitter wireOut = (datagram, to) -> channel().write(datagram);
    private DatagramChannel channel;
    private long seq;
    private double lastCommand;
    private boolean safe;

    /**
     * @param spec the driver spec; options as in the class description
     * @throws IllegalArgumentException for a missing or malformed option, naming its path
     */
    public UdpLink(HardwareDriverSpec spec) {
        Options options = spec.options();
        options.requireOnly(OPTIONS);
        Object plantText = options.asMap().get(PLANT);
        if (plantText == null) {
            throw new IllegalArgumentException(options.pathOf(PLANT) + " (HOST:PORT of the plant server) is required");
        }
        this.plant = HostPort.parse(options.pathOf(PLANT), plantText.toString());
        Object bindText = options.asMap().get(BIND);
        this.bind = bindText == null ? new HostPort(HostPort.LOOPBACK, 0)
                : HostPort.parse(options.pathOf(BIND), bindText.toString());
        Object inject = options.asMap().get(INJECT);
        this.injector = new FaultInjector(inject == null ? FaultSpec.NONE : FaultSpec.parse(inject.toString()), 0);
        this.watchdog = new Watchdog(spec.watchdogSeconds());
        this.counters = replies.counters();
    }

    @Override
    public void open() {
        if (channel != null) {
            return;
        }
        InetSocketAddress local = bind.resolve("bind");
        InetSocketAddress remote;
        try {
            remote = plant.resolve("plant");
        } catch (IllegalArgumentException e) {
            throw new HardwareException(e.getMessage(), e);
        }
        DatagramChannel opened = UdpSockets.bind("bind", local);
        try {
            opened.connect(remote);
        } catch (IOException e) {
            UdpSockets.closeQuietly(opened);
            throw new HardwareException("plant " + plant + ": cannot connect (" + e.getMessage() + ")", e);
        }
        channel = opened;
    }

    @Override
    public void start() {
        watchdog.kick(System.nanoTime());
    }

    @Override
    public void command(double u) {
        long now = System.nanoTime();
        if (watchdog.commandArrived(now)) {
            safe = true;
        }
        double force = safe ? 0.0 : u;
        seq++;
        replies.sending(seq);
        lastCommand = force;
        wire.encodeCommand(transmit, seq, force);
        send(now);
    }

    @Override
    public boolean repeatCommand() {
        if (seq == 0) {
            return false;
        }
        wire.encodeCommand(transmit, seq, lastCommand);
        send(System.nanoTime());
        return true;
    }

    private void send(long now) {
        try {
            injector.send(transmit, null, now, wireOut);
        } catch (PortUnreachableException e) {
            // nothing listens at the plant's address (yet): the datagram is lost, the loop's timeout handles it
        } catch (IOException e) {
            throw new HardwareException("plant " + plant + ": send failed: " + e, e);
        }
    }

    @Override
    public boolean pollState(double[] state) {
        long now = System.nanoTime();
        if (watchdog.check(now)) {
            safe = true;
        }
        try {
            injector.flush(now, wireOut);
            while (true) {
                receive.clear();
                int length = channel().read(receive);
                if (length <= 0) {
                    return false;
                }
                receive.flip();
                if (replies.accept(receive)) {
                    WireFormat.state(receive, state);
                    return true;
                }
            }
        } catch (PortUnreachableException e) {
            // an earlier datagram found nothing listening: no reply, as for a lost one
            return false;
        } catch (IOException e) {
            throw new HardwareException("plant " + plant + ": receive failed: " + e, e);
        }
    }

    @Override
    public void enterSafeState() {
        safe = true;
        watchdog.trip();
    }

    @Override
    public boolean faultLatched() {
        return safe;
    }

    /** @return {@link ReplyTracker}'s counters */
    @Override
    public Diagnostics counters() {
        return counters;
    }

    /** @return the injector's counters */
    public Diagnostics injected() {
        return injector.counters();
    }

    /**
     * Enters the safe state: any later command goes out as 0 N. Nothing is sent: a lock-step plant must not step
     * after the run, and a real-time plant's watchdog zeroes its force once commands stop.
     */
    @Override
    public void stop() {
        enterSafeState();
    }

    @Override
    public void close() {
        stop();
        UdpSockets.closeQuietly(channel);
        channel = null;
    }

    private DatagramChannel channel() {
        if (channel == null) {
            throw new IllegalStateException("UDP link to " + plant + " is not open");
        }
        return channel;
    }
}
