package io.dip.api;

/** A hardware driver could not open, read or write its device; the message names the device or address. */
public final class HardwareException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what failed, naming the device or address */
    public HardwareException(String message) {
        super(message);
    }

    /**
     * @param message what failed, naming the device or address
     * @param cause   the underlying failure
     */
    public HardwareException(String message, Throwable cause) {
        super(message, cause);
    }
}
