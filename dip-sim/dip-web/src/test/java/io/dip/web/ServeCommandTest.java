package io.dip.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** {@code dip serve} refuses bad options with one line and exit code 2, before serving anything. */
class ServeCommandTest {

    @Test
    void badOptionsEndWithOneLineAndExitCode2() {
        assertEquals("--port must be between 0 and 65535, got 70000", usageError("--port", "70000"));
        assertEquals("--max-jobs must be >= 1, got 0", usageError("--max-jobs", "0"));
        assertEquals("--keep must be >= --max-jobs (8), got 4", usageError("--max-jobs", "8", "--keep", "4"));
        assertTrue(usageError("--bind", "no-such-host.invalid").startsWith("--bind no-such-host.invalid: "));
        assertTrue(usageError("--port", "x").startsWith("Invalid value for option '--port'"));
    }

    @Test
    void aPortInUseIsAUsageError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            String message = usageError("--port", Integer.toString(taken.getLocalPort()));
            assertTrue(message.startsWith("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": "), message);
            assertTrue(message.endsWith("(choose another with --port)"), message);
        }
    }

    @Test
    void theCommandIsFoundAsADipCommandService() {
        CommandLineRun help = CommandLineRun.of("serve", "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().contains("--bind"));
        assertTrue(help.out().contains("--max-jobs"));
        assertTrue(help.out().contains("--plugins"));
    }

    private static String usageError(String... flags) {
        String[] args = new String[flags.length + 1];
        args[0] = "serve";
        System.arraycopy(flags, 0, args, 1, flags.length);
        CommandLineRun run = CommandLineRun.of(args);
        assertEquals(2, run.exit(), run.out() + run.err());
        return run.errorLine().replaceAll(" \\(see 'dip serve --help'\\)$", "");
    }
}
