package io.dip.hardware.udp;

import io.dip.api.HardwareDriver;
import io.dip.api.HardwareDriverProvider;
import io.dip.api.HardwareDriverSpec;
import java.util.Set;

/** The {@code udp_link} driver: a remote plant reached over UDP with the HIL wire protocol ({@link UdpLink}). */
public final class UdpLinkProvider implements HardwareDriverProvider {

    /** The driver's name. */
    public static final String NAME = "udp_link";

    /** ServiceLoader entry point. */
    public UdpLinkProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> aliases() {
        return Set.of("udp");
    }

    @Override
    public String description() {
        return "Remote plant over UDP, HIL wire protocol (16-byte command, 56-byte state, CRC-32); options plant, "
                + "bind, inject";
    }

    @Override
    public HardwareDriver create(HardwareDriverSpec spec) {
        return new UdpLink(spec);
    }
}
