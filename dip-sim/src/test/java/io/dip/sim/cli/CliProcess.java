package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The {@code dip} command line run in a child JVM (the test's class path, {@link DipCli} as main class), as a
 * terminal user runs it: its standard output and error go to files, and it can be sent signals. Waits are bounded
 * and generous; they fail the test instead of hanging it.
 */
final class CliProcess implements AutoCloseable {

    /** Longest wait for anything the child is expected to do. */
    private static final long WAIT_SECONDS = 120;

    private final Process process;
    private final Path out;
    private final Path err;

    private CliProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * @param directory the working directory, also where stdout.txt and stderr.txt go
     * @param args      the command line after {@code dip}
     * @return the started child
     * @throws IOException when it cannot be started
     */
    static CliProcess start(Path directory, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(DipCli.class.getName());
        command.addAll(List.of(args));
        Path out = directory.resolve("stdout.txt");
        Path err = directory.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(directory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new CliProcess(process, out, err);
    }

    /**
     * Polls {@code condition} every 50 ms until it holds.
     *
     * @param what      the condition in words, for the failure message
     * @param condition what to wait for
     */
    void awaitWhileRunning(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (!condition.getAsBoolean()) {
            if (!process.isAlive()) {
                fail("dip ended (exit " + process.exitValue() + ") before " + what + "; stderr: " + err());
            }
            if (System.nanoTime() > deadline) {
                fail("no " + what + " within " + WAIT_SECONDS + " s; stderr: " + err());
            }
            Thread.sleep(50);
        }
    }

    /**
     * @param signal a signal name for {@code kill}, e.g. {@code INT}
     */
    void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        assertTrue(kill.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) && kill.exitValue() == 0, "kill -" + signal);
    }

    /** Sends SIGTERM, as {@link Process#destroy()} does. */
    void terminate() {
        process.destroy();
    }

    /** @return the exit code, once the child has ended */
    int exitCode() throws InterruptedException {
        if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
            fail("dip did not end within " + WAIT_SECONDS + " s; stderr: " + err());
        }
        return process.exitValue();
    }

    /** @return what the child printed on standard output so far */
    String out() {
        return read(out);
    }

    /** @return what the child printed on standard error so far */
    String err() {
        return read(err);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    /** Kills the child if it still runs. */
    @Override
    public void close() {
        process.destroyForcibly();
    }
}
