package io.dip.api;

/**
 * The control loop's access to a plant: it takes actuator commands and gives measured states, one exchange per
 * control period.
 *
 * <p>Life cycle: {@link #open()} acquires the resources (a port, a socket, a device) and may fail with a
 * {@link HardwareException}; {@link #start()} arms the actuator and the watchdog; the loop then calls
 * {@link #command} once per period followed by {@link #pollState} until it returns true (or the loop's deadline
 * passes); {@link #stop()} puts the plant into its safe state; {@link #close()} releases everything and is
 * idempotent.
 *
 * <p>Safe state: zero actuator force ({@code u = 0} N). {@link #enterSafeState()} applies it and latches a fault
 * that only a new driver clears; every later command is replaced by {@code u = 0}. The driver enters it by itself
 * when its watchdog ({@link HardwareDriverSpec#watchdogSeconds()}) sees no command for that long, checked on every
 * call of {@link #pollState} and {@link #command}.
 *
 * <p>{@link #command} and {@link #pollState} allocate nothing after warm-up; {@link #counters()} returns the same
 * object every time, updated in place. Confine a driver to one thread.
 */
public interface HardwareDriver extends AutoCloseable {

    /**
     * Acquires the driver's resources.
     *
     * @throws HardwareException when the device or address cannot be opened (the message says which)
     */
    void open();

    /** Arms the actuator and starts the watchdog's clock. */
    void start();

    /**
     * Sends the actuator command for the coming period.
     *
     * @param u cart force (N); the driver, or the plant behind it, applies the actuator limit
     */
    void command(double u);

    /**
     * Sends the last command again, for links that lose datagrams: a plant answers a repeated command without
     * applying it a second time. Drivers whose commands cannot be lost keep the default.
     *
     * @return true when the command was sent again, false when the driver does not repeat commands
     */
    default boolean repeatCommand() {
        return false;
    }

    /**
     * Reads the measured state answering the last {@link #command}, without blocking.
     *
     * @param state receives the measured state (length {@value StateIndex#DIMENSION}) when one has arrived
     * @return true when {@code state} was written, false when the answer has not arrived (yet)
     */
    boolean pollState(double[] state);

    /** Applies {@code u = 0} and latches a fault. */
    void enterSafeState();

    /** @return true once the fault is latched (watchdog expiry or {@link #enterSafeState()}) */
    boolean faultLatched();

    /** @return the driver's counters (commands, replies, losses...), updated in place */
    Diagnostics counters();

    /** Enters the safe state and stops actuating. Idempotent. */
    void stop();

    /** Stops (when started) and releases every resource. Idempotent. */
    @Override
    void close();
}
