package io.dip.cluster;

import io.dip.sim.cluster.ClusterSettings;
import io.dip.sim.cluster.ClusterSettings.Address;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** A {@code dip worker} in its own JVM, started with this test's class path; close it to destroy it. */
final class WorkerProcess implements AutoCloseable {

    /** Longest wait for a worker to say it has joined (s). */
    static final long JOIN_TIMEOUT_SECONDS = 90;

    private final Process process;
    private final CountDownLatch joined = new CountDownLatch(1);
    private final List<String> output = new ArrayList<>();

    private WorkerProcess(Process process) {
        this.process = process;
        Thread reader = new Thread(this::read, "worker-output-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static WorkerProcess start(ClusterSettings cluster, Address bind) {
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), "io.dip.sim.cli.DipCli", "worker",
                "--cluster", cluster.name(), "--bind", bind.toString(), "--members", cluster.describeMembers(),
                "--threads", "1");
        try {
            return new WorkerProcess(new ProcessBuilder(command).redirectErrorStream(true).start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a worker: " + command, e);
        }
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                synchronized (output) {
                    output.add(line);
                }
                if (line.startsWith("joined cluster ")) {
                    joined.countDown();
                }
            }
        } catch (IOException e) {
            // the process was destroyed
        }
    }

    /** Waits until the worker says it has joined; throws with its output otherwise. */
    void awaitJoined() throws InterruptedException {
        if (!joined.await(JOIN_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("the worker did not join within " + JOIN_TIMEOUT_SECONDS + " s: " + output());
        }
    }

    /** @return what the worker printed so far */
    List<String> output() {
        synchronized (output) {
            return List.copyOf(output);
        }
    }

    /** Kills the worker as kill -9 does. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
