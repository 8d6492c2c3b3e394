package io.dip.sim.cli;

import io.dip.sim.runtime.PluginException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * The exit codes of {@code dip} and the mapping from failures to them.
 */
public final class ExitCodes {

    /** Success. */
    public static final int OK = 0;
    /** A runtime failure: the command was valid but could not complete (I/O error, a run that broke down). */
    public static final int RUNTIME_FAILURE = 1;
    /** A usage or configuration error: bad flag, bad configuration, unknown name, bad plugin. */
    public static final int USAGE = 2;

    private ExitCodes() {
    }

    /**
     * @param failure what a command threw
     * @return {@link #USAGE} for picocli parameter errors, {@link PluginException} and every
     *         {@link IllegalArgumentException} — {@link io.dip.sim.config.ConfigException} and invalid input such as
     *         gains a provider rejects; else {@link #RUNTIME_FAILURE}
     */
    public static int of(Throwable failure) {
        if (failure instanceof CommandLine.ParameterException || failure instanceof PluginException
                || failure instanceof IllegalArgumentException) {
            return USAGE;
        }
        return RUNTIME_FAILURE;
    }

    /**
     * @param failure what a command threw
     * @return true when the failure is an expected one whose message explains it (no stack trace needed)
     */
    public static boolean isExplained(Throwable failure) {
        return of(failure) == USAGE || failure instanceof IllegalStateException || failure instanceof IOException
                || failure instanceof UncheckedIOException;
    }
}
