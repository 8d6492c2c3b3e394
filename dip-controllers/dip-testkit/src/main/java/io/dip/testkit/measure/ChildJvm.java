package io.dip.testkit.measure;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a main class in a child JVM — the current {@code java} binary and class path, plus extra class-path entries
 * and JVM options — and returns its exit status and output. Measurements that need a JVM configured differently
 * from the caller's (escape analysis off, the Epsilon collector) run this way.
 */
public final class ChildJvm {

    /** The JVM option that turns escape analysis off, so that every allocation written in the code happens. */
    public static final String NO_ESCAPE_ANALYSIS = "-XX:-DoEscapeAnalysis";

    private static final int OUTPUT_TAIL_CHARS = 600;

    private ChildJvm() {
    }

    /**
     * What the child did.
     *
     * @param exitCode  its exit status, or -1 when it timed out or could not start
     * @param output    its standard output and error
     * @param wallNanos wall time from start to exit (ns)
     * @param problem   why there is no exit status (timeout, start failure, interruption), or null
     */
    public record Outcome(int exitCode, String output, long wallNanos, String problem) {

        /** @return true when the child ran to the end with exit status 0 */
        public boolean succeeded() {
            return problem == null && exitCode == 0;
        }

        /** @return the exit status or the problem, with the end of the output */
        public String describe() {
            String what = problem != null ? problem : "child JVM exited with status " + exitCode;
            String trimmed = output.strip();
            String tail = trimmed.length() <= OUTPUT_TAIL_CHARS ? trimmed
                    : "…" + trimmed.substring(trimmed.length() - OUTPUT_TAIL_CHARS);
            return tail.isEmpty() ? what : what + ": " + tail;
        }
    }

    /**
     * @param jvmOptions     options before the class path, e.g. {@link #NO_ESCAPE_ANALYSIS}
     * @param extraClassPath entries appended to the current class path (plugin jars)
     * @param main           the main class
     * @param args           its arguments
     * @param timeoutSeconds longest wait; the child is killed after it
     * @return what the child did
     */
    public static Outcome run(List<String> jvmOptions, List<Path> extraClassPath, Class<?> main, List<String> args,
                              long timeoutSeconds) {
        List<String> command = command(jvmOptions, extraClassPath, main, args);
        long start = System.nanoTime();
        Path output = null;
        try {
            output = Files.createTempFile("dip-child-", ".log");
            Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                    .start();
            if (!child.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                child.destroyForcibly().waitFor();
                return new Outcome(-1, Files.readString(output, StandardCharsets.UTF_8), System.nanoTime() - start,
                        "child JVM did not finish within " + timeoutSeconds + " s");
            }
            return new Outcome(child.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
                    System.nanoTime() - start, null);
        } catch (IOException e) {
            return new Outcome(-1, "", System.nanoTime() - start, "cannot run the child JVM " + command + ": "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(-1, "", System.nanoTime() - start, "interrupted");
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

    /** @return the child's command line: java, the options, the class path, the main class and the arguments */
    public static List<String> command(List<String> jvmOptions, List<Path> extraClassPath, Class<?> main,
                                       List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path"));
        for (Path entry : extraClassPath) {
            classPath.append(File.pathSeparator).append(entry.toAbsolutePath());
        }
        command.add("-cp");
        command.add(classPath.toString());
        command.add(main.getName());
        command.addAll(args);
        return command;
    }
}
