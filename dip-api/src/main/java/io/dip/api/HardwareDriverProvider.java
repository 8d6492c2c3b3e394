package io.dip.api;

import java.util.Set;

/**
 * The ServiceLoader service of a hardware driver (registered in
 * {@code META-INF/services/io.dip.api.HardwareDriverProvider}): a simulated rig, a UDP link to a remote plant, a
 * serial or CAN bus to a real one. Stateless and safe to call from many threads; each {@link #create} returns a new,
 * thread-confined {@link HardwareDriver}.
 */
public interface HardwareDriverProvider {

    /** @return the driver's name, e.g. {@code simulated_rig}; lower case with {@code _} separators */
    String name();

    /** @return other names it answers to */
    default Set<String> aliases() {
        return Set.of();
    }

    /** @return one line on what the driver talks to */
    String description();

    /**
     * Creates a driver in its closed state; nothing is opened (no port, no socket) until
     * {@link HardwareDriver#open()}.
     *
     * @param spec control period, actuator limit, initial state, watchdog, seed, the simulated plant (for drivers
     *             that simulate one) and the driver's options
     * @return a new driver
     * @throws IllegalArgumentException for a bad option; the message names its dotted path
     */
    HardwareDriver create(HardwareDriverSpec spec);
}
