package io.dip.sim.cli;

import io.dip.sim.runtime.PluginException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * The exit codes of {@code dip} and the mapping from failures to them.
 */
public final class ExitCodes {

    /** The command ran (a study whose runs fail still ran: its report counts them). */
    public static final int OK = 0;
    /** An internal error: the command was valid but could not complete (I/O error, a bug); audit: a failed check. */
    public static final int RUNTIME_FAILURE = 1;
    /**
     * A usage error, reported before any work: bad flag, bad configuration, unknown name, bad plugin, bad output
     * file, a request above the step limit without {@code --force}.
     */
    public static final int USAGE = 2;
    /** Stopped by Ctrl-C (SIGINT, 128 + 2); what was computed is kept ({@link Interruption}). */
    public static final int INTERRUPTED = 130;
    /** Stopped by SIGTERM (128 + 15); what was computed is kept. */
    public static final int TERMINATED = 143;

    /** The exit codes, as every command's help states them. */
    public static final String SUMMARY = "Exit codes: " + OK + " ran; " + RUNTIME_FAILURE + " internal error "
            + "(audit: a failed check); " + USAGE + " usage error (bad flag, configuration, output file, or a request "
            + "over the step limit), nothing run; " + INTERRUPTED + " interrupted by Ctrl-C (SIGINT), " + TERMINATED
            + " by SIGTERM, after keeping what was computed.";

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
