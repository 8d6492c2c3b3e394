package io.dip.sim.runtime;

/**
 * A start-up failure of the plugin runtime: a duplicate name or alias, a provider that cannot be loaded or
 * instantiated, a jar without a dip service, a missing plugins directory, or a requested name that no provider
 * serves. The message names the jar and/or class involved.
 */
public final class PluginException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what went wrong, naming the jar or class */
    public PluginException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong, naming the jar or class
     * @param cause   the underlying failure
     */
    public PluginException(String message, Throwable cause) {
        super(message, cause);
    }
}
