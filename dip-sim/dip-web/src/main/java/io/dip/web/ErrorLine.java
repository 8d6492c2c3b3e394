package io.dip.web;

import io.dip.sim.cli.ExitCodes;

/**
 * A failure as the one line the command line would print for it (without the {@code dip: } prefix): the message of
 * an expected failure (bad input, a run that broke down), else {@code internal error: <type>: <message>}. Never a
 * stack trace.
 */
final class ErrorLine {

    private ErrorLine() {
    }

    /**
     * @param failure what was thrown
     * @return its one-line message
     */
    static String of(Throwable failure) {
        String message = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getName() : failure.getMessage();
        String line = ExitCodes.isExplained(failure) ? message
                : "internal error: " + failure.getClass().getSimpleName() + ": " + message;
        return line.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
