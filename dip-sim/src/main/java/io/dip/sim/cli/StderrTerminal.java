package io.dip.sim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, which decides whether a progress bar is drawn by default. On Linux the
 * answer is where {@code /proc/self/fd/2} points: a terminal device ({@code /dev/pts/N}, {@code /dev/ttyN},
 * {@code /dev/console}) — so {@code 2> log} or a pipe gets no bar even when the rest of the command is
 * interactive. Where that link cannot be read, the answer is {@code System.console() != null} (Java 17: standard
 * input and output both a terminal).
 */
final class StderrTerminal {

    private static final Path STDERR_LINK = Path.of("/proc/self/fd/2");

    private StderrTerminal() {
    }

    /** @return true when standard error is a terminal */
    static boolean isTerminal() {
        try {
            String device = Files.readSymbolicLink(STDERR_LINK).toString();
            return device.startsWith("/dev/pts/") || device.startsWith("/dev/tty") || device.equals("/dev/console");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return System.console() != null;
        }
    }
}
