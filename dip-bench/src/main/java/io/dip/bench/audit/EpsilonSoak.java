package io.dip.bench.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Launches {@link EpsilonSoakMain} in a child JVM — the current {@code java} binary and class path, with
 * {@link #JVM_OPTIONS} — and turns its exit status and result line into an {@link EpsilonResult}.
 *
 * <p>The Epsilon collector allocates but never reclaims, so with a 64 MB heap a loop allocating even a few bytes
 * per step exhausts the heap within a long run; the child also counts its loop's allocation exactly. PASS needs
 * exit status 0, every step run, and less than one byte allocated per step after the child's warm-up (see
 * {@link EpsilonSoakMain}): an allocation on every step costs at least 16 bytes, while the JIT may still do a
 * few kilobytes of one-time work on the loop thread after a short warm-up. The in-process audit holds the loop to
 * exactly 0 bytes once it is hot.
 */
public final class EpsilonSoak {

    /** JVM options of the child. */
    public static final List<String> JVM_OPTIONS = List.of("-XX:+UnlockExperimentalVMOptions",
            "-XX:+UseEpsilonGC", "-Xmx64m", "-XX:+ExitOnOutOfMemoryError");

    private static final Pattern RESULT = Pattern.compile(EpsilonSoakMain.RESULT_PREFIX
            + " controller=\\S+ steps=(\\d+) episodes=(\\d+) allocated=(\\d+) warmupAllocated=(\\d+)"
            + " wallNanos=(\\d+) heapUsed=(\\d+)");
    private static final long MIN_TIMEOUT_SECONDS = 120;
    private static final int OUTPUT_TAIL_CHARS = 600;

    private EpsilonSoak() {
    }

    /**
     * @param controller the controller's name
     * @param steps      closed-loop steps
     * @param dt         control period (s)
     * @param plugins    the plugins directory of the audit, or null
     * @return the outcome; a child that cannot start, times out or fails gives a failing result with the reason
     */
    public static EpsilonResult run(String controller, long steps, double dt, Path plugins) {
        List<String> command = command(controller, steps, dt, plugins);
        long start = System.nanoTime();
        Path output = null;
        try {
            output = Files.createTempFile("dip-epsilon-", ".log");
            Process child = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            long timeoutSeconds = Math.max(MIN_TIMEOUT_SECONDS, steps / 100_000);
            if (!child.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
                return new EpsilonResult(false, 0, -1, -1, System.nanoTime() - start, -1,
                        "child JVM did not finish within " + timeoutSeconds + " s");
            }
            long wall = System.nanoTime() - start;
            String text = Files.readString(output, StandardCharsets.UTF_8);
            return interpret(child.exitValue(), text, steps, wall);
        } catch (IOException e) {
            return new EpsilonResult(false, 0, -1, -1, System.nanoTime() - start, -1,
                    "cannot run the child JVM " + command + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new EpsilonResult(false, 0, -1, -1, System.nanoTime() - start, -1, "interrupted");
        } finally {
            if (output != null) {
                try {
                    Files.deleteIfExists(output);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }

    /**
     * @return the child's command line: java, {@link #JVM_OPTIONS}, class path, main class and arguments
     */
    static List<String> command(String controller, long steps, double dt, Path plugins) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(EpsilonSoakMain.class.getName());
        command.add(controller);
        command.add(Long.toString(steps));
        command.add(String.format(Locale.ROOT, "%s", dt));
        if (plugins != null) {
            command.add(plugins.toAbsolutePath().toString());
        }
        return command;
    }

    /**
     * @param exitCode the child's exit status
     * @param output   its standard output and error
     * @param steps    the steps requested
     * @param wall     its wall time (ns)
     * @return the verdict
     */
    static EpsilonResult interpret(int exitCode, String output, long steps, long wall) {
        Matcher m = RESULT.matcher(output);
        if (exitCode != 0 || !m.find()) {
            return new EpsilonResult(false, 0, -1, -1, wall, exitCode, "child JVM exited with status " + exitCode
                    + ": " + tail(output));
        }
        long ran = Long.parseLong(m.group(1));
        long allocated = Long.parseLong(m.group(3));
        long warmupAllocated = Long.parseLong(m.group(4));
        long measuredSteps = steps - EpsilonSoakMain.warmupBudget(steps);
        boolean passed = ran == steps && allocated < Math.max(1, measuredSteps);
        String detail = m.group();
        if (ran != steps) {
            detail += " (expected " + steps + " steps)";
        }
        if (allocated >= Math.max(1, measuredSteps)) {
            detail += " (the loop allocates on every step)";
        }
        return new EpsilonResult(passed, ran, allocated, warmupAllocated, wall, exitCode, detail);
    }

    private static String tail(String output) {
        String trimmed = output.strip();
        return trimmed.length() <= OUTPUT_TAIL_CHARS ? trimmed
                : "…" + trimmed.substring(trimmed.length() - OUTPUT_TAIL_CHARS);
    }
}
