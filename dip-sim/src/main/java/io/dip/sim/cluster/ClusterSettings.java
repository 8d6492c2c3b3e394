package io.dip.sim.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a cluster study runs: the cluster's name and its members as {@code HOST:PORT} addresses, each checked when
 * parsed so that a bad value is reported before any work starts.
 *
 * @param name    the cluster name (members of other clusters are ignored)
 * @param members the member addresses, at least one
 */
public record ClusterSettings(String name, List<Address> members) {

    /**
     * A {@code HOST:PORT} address.
     *
     * @param host host name or IP address
     * @param port TCP port, 1..65535
     */
    public record Address(String host, int port) {

        /** Checks the port and that there is a host. */
        public Address {
            if (host == null || host.isBlank()) {
                throw new IllegalArgumentException("an address needs a host, got '" + host + "'");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be in 1..65535, got " + port);
            }
        }

        /**
         * @param option the option named in messages, e.g. {@code --bind}
         * @param text   {@code HOST:PORT}
         * @return the address
         * @throws IllegalArgumentException naming the option and the value
         */
        public static Address parse(String option, String text) {
            int colon = text == null ? -1 : text.lastIndexOf(':');
            if (colon <= 0 || colon == text.length() - 1) {
                throw new IllegalArgumentException(option + " needs HOST:PORT, got '" + text + "'");
            }
            try {
                return new Address(text.substring(0, colon).trim(), Integer.parseInt(text.substring(colon + 1).trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(option + " needs a numeric port in HOST:PORT, got '" + text + "'");
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(option + " '" + text + "': " + e.getMessage());
            }
        }

        @Override
        public String toString() {
            return host + ":" + port;
        }
    }

    /** Checks the name and that there is at least one member; copies the list. */
    public ClusterSettings {
        if (name == null || name.isBlank() || !name.matches("[A-Za-z0-9_.-]+")) {
            throw new IllegalArgumentException("--cluster needs a name of letters, digits, '_', '.' or '-', got '"
                    + name + "'");
        }
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("--cluster " + name + " needs --members HOST:PORT,...");
        }
        members = List.copyOf(members);
    }

    /**
     * @param name    the {@code --cluster} value
     * @param members the {@code --members} value, comma-separated {@code HOST:PORT}s (null when not given)
     * @return the settings
     * @throws IllegalArgumentException naming the option and the bad value
     */
    public static ClusterSettings parse(String name, String members) {
        if (members == null || members.isBlank()) {
            throw new IllegalArgumentException("--cluster " + name + " needs --members HOST:PORT,...");
        }
        List<Address> addresses = new ArrayList<>();
        for (String member : members.split(",")) {
            addresses.add(Address.parse("--members", member.trim()));
        }
        return new ClusterSettings(name, addresses);
    }

    /** @return {@code cluster NAME (HOST:PORT, ...)}, where a report says its study ran */
    public String describe() {
        return "cluster " + name + " (" + describeMembers() + ")";
    }

    /** @return the members as {@code HOST:PORT, ...} */
    public String describeMembers() {
        return String.join(", ", members.stream().map(Address::toString).toList());
    }
}
