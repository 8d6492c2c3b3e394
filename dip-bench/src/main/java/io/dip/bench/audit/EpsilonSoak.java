package io.dip.bench.audit;

import io.dip.testkit.measure.ChildJvm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Launches {@link EpsilonSoakMain} in a child JVM ({@link ChildJvm}: the current {@code java} binary and class
 * path, with {@link #JVM_OPTIONS}) and turns its exit status and result line into an {@link EpsilonResult}.
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
        long timeoutSeconds = Math.max(MIN_TIMEOUT_SECONDS, steps / 100_000);
        ChildJvm.Outcome child = ChildJvm.run(JVM_OPTIONS, List.of(), EpsilonSoakMain.class,
                arguments(controller, steps, dt, plugins), timeoutSeconds);
        if (child.problem() != null) {
            return new EpsilonResult(false, 0, -1, -1, child.wallNanos(), -1, child.problem());
        }
        return interpret(child.exitCode(), child.output(), steps, child.wallNanos());
    }

    /**
     * @return the child's arguments: controller, steps, dt and the plugins directory when there is one
     */
    static List<String> arguments(String controller, long steps, double dt, Path plugins) {
        List<String> args = new ArrayList<>(List.of(controller, Long.toString(steps),
                String.format(Locale.ROOT, "%s", dt)));
        if (plugins != null) {
            args.add(plugins.toAbsolutePath().toString());
        }
        return args;
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
            return new EpsilonResult(false, 0, -1, -1, wall, exitCode,
                    new ChildJvm.Outcome(exitCode, output, wall, null).describe());
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
}
