package io.dip.hardware.udp;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;

/**
 * A UDP endpoint given as {@code HOST:PORT} ({@code 127.0.0.1:9000}, {@code rig.lab:9000}, {@code [::1]:9000});
 * port 0 asks the system for a free port when binding.
 *
 * @param host the host name or address as given (brackets of an IPv6 literal removed)
 * @param port 0 … 65535
 */
public record HostPort(String host, int port) {

    /** The loopback address both ends use unless told otherwise. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Checks the port range and that the host is not blank. */
    public HostPort {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535, got " + port);
        }
    }

    /**
     * @param what the flag or key, for messages (e.g. {@code --bind})
     * @param text {@code HOST:PORT}
     * @return the endpoint
     * @throws IllegalArgumentException naming {@code what} and the text when it is not {@code HOST:PORT} with a
     *                                  port in 0..65535
     */
    public static HostPort parse(String what, String text) {
        String value = text == null ? "" : text.strip();
        int colon = value.lastIndexOf(':');
        String host = colon < 0 ? "" : value.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        String port = colon < 0 ? "" : value.substring(colon + 1);
        if (host.isBlank() || !port.matches("[0-9]{1,5}") || Integer.parseInt(port) > 65_535) {
            throw new IllegalArgumentException(what + ": '" + text + "' is not HOST:PORT with a port in 0..65535");
        }
        return new HostPort(host, Integer.parseInt(port));
    }

    /**
     * @param what the flag or key, for messages
     * @return the resolved socket address
     * @throws IllegalArgumentException when the host does not resolve
     */
    public InetSocketAddress resolve(String what) {
        try {
            return new InetSocketAddress(InetAddress.getByName(host), port);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(what + ": unknown host '" + host + "'", e);
        }
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
