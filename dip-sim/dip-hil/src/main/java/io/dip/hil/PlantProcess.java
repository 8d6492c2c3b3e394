package io.dip.hil;

import io.dip.hardware.udp.HostPort;
import io.dip.sim.cli.DipCli;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@code dip hil plant} server in a child process: the same {@code java} executable and class path as this
 * process, {@link DipCli} as the main class. {@link #start} waits until the child prints its
 * {@link HilPlantCommand#LISTENING} line and reads the address from it; the child's standard output is kept (at most
 * {@value #MAX_LINES} lines) and its standard error goes to this process's. {@link #close()} stops the child with
 * SIGTERM (it prints its counters on the way out), then kills it if it has not ended within
 * {@value #STOP_SECONDS} s. Safe to close from a shutdown hook and the main thread at once.
 */
final class PlantProcess implements AutoCloseable {

    /** How long to wait for the child to listen (s). */
    static final long START_SECONDS = 60;
    /** How long to wait for the child to end after SIGTERM (s). */
    static final long STOP_SECONDS = 10;
    /** The most output lines kept. */
    static final int MAX_LINES = 200;

    private final Process process;
    private final Thread reader;
    private final List<String> lines = new ArrayList<>();
    private final CompletableFuture<HostPort> address = new CompletableFuture<>();

    private PlantProcess(Process process) {
        this.process = process;
        this.reader = new Thread(this::readOutput, "dip-hil-plant-output");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * @param arguments the arguments after {@code dip hil plant}
     * @return the running child, listening
     * @throws IllegalStateException when it cannot be started or ends (or stays silent) before listening; its exit
     *                               code is in the message
     */
    static PlantProcess start(List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(DipCli.class.getName());
        command.add("hil");
        command.add("plant");
        command.addAll(arguments);
        Process started;
        try {
            started = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the plant server: " + e.getMessage(), e);
        }
        PlantProcess child = new PlantProcess(started);
        try {
            child.address.get(START_SECONDS, TimeUnit.SECONDS);
            return child;
        } catch (ExecutionException | TimeoutException e) {
            child.close();
            throw new IllegalStateException("the plant server did not start listening"
                    + (child.process.isAlive() ? " within " + START_SECONDS + " s" : " (exit code "
                    + child.process.exitValue() + ")"), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.close();
            throw new IllegalStateException("interrupted while the plant server started", e);
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!address.isDone() && line.startsWith(HilPlantCommand.LISTENING)) {
                    String rest = line.substring(HilPlantCommand.LISTENING.length());
                    int space = rest.indexOf(' ');
                    address.complete(HostPort.parse("plant server", space < 0 ? rest : rest.substring(0, space)));
                }
                synchronized (lines) {
                    if (lines.size() < MAX_LINES) {
                        lines.add(line);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            address.completeExceptionally(e);
        }
        address.completeExceptionally(new IllegalStateException("the plant server's output ended"));
    }

    /** @return the address the child listens on */
    HostPort address() {
        return address.join();
    }

    /** @return the child's process id */
    long pid() {
        return process.pid();
    }

    /** @return the child's standard output so far */
    List<String> output() {
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    /** Stops the child (SIGTERM, then SIGKILL after {@value #STOP_SECONDS} s) and waits for its output to end. */
    @Override
    public void close() {
        // through the handle: Process.destroy() would also close the pipe the counters come through
        process.toHandle().destroy();
        try {
            if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP_SECONDS, TimeUnit.SECONDS);
            }
            reader.join(TimeUnit.SECONDS.toMillis(STOP_SECONDS));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
