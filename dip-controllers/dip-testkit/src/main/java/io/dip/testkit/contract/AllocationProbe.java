package io.dip.testkit.contract;

import io.dip.api.ControllerProvider;
import io.dip.testkit.measure.ChildJvm;
import io.dip.testkit.measure.WindowedAllocation;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The allocation part of the contract, measured so that the verdict depends neither on escape analysis nor on
 * what else the calling JVM has run: {@link AllocationProbeMain} runs in a child JVM started with
 * {@value ChildJvm#NO_ESCAPE_ANALYSIS} (every allocation written in the code then happens, and no deoptimisation
 * can re-materialise an object the JIT had removed), and measures with the strict meter:
 * <ul>
 *   <li>{@code computeControl}: {@value AllocationProbeMain#CALL_WINDOWS} consecutive windows of 2¹⁶ calls
 *       (2²¹ calls, so that a leak every 2²⁰ calls falls inside them whatever its phase) must each read 0 B;</li>
 *   <li>the {@link ContractLoop} step (controller and plant): {@value AllocationProbeMain#STEP_WINDOWS} windows of
 *       2¹⁶ steps must each read 0 B.</li>
 * </ul>
 * The provider is created in the child from its class name, so it needs a no-argument constructor (as
 * {@link java.util.ServiceLoader} requires). The child's class path is this JVM's plus the jars of the class
 * loaders between the provider's class and the application class loader (a plugin jar's loader, for example).
 */
public final class AllocationProbe {

    /** Row: {@code computeControl} allocates nothing. */
    public static final String CALL_FREE = "computeControl: 0 B in every window, escape analysis off";
    /** Row: the closed-loop step allocates nothing. */
    public static final String STEP_FREE = "closed-loop step: 0 B in every window, escape analysis off";

    /** The row names in report order. */
    public static final List<String> CHECKS = List.of(CALL_FREE, STEP_FREE);

    /** JVM options of the child. */
    public static final List<String> JVM_OPTIONS = List.of(ChildJvm.NO_ESCAPE_ANALYSIS, "-XX:+UseSerialGC");

    private static final long TIMEOUT_SECONDS = 600;
    private static final Pattern RESULT = Pattern.compile(AllocationProbeMain.RESULT_PREFIX
            + " path=(\\S+) warmupCalls=(\\d+) settled=(true|false) window=(\\d+) bytes=([\\d,]+)");

    /**
     * What the child measured.
     *
     * @param call    {@code computeControl}, or null when the child did not get that far
     * @param step    the closed-loop step, or null
     * @param problem why a measurement is missing (the child's exit status and output), or null
     */
    public record Result(WindowedAllocation call, WindowedAllocation step, String problem) {

        /** @return the rows, in the order of {@link #CHECKS} */
        public List<CheckResult> rows() {
            return List.of(row(CALL_FREE, call), row(STEP_FREE, step));
        }

        private CheckResult row(String check, WindowedAllocation m) {
            if (m == null) {
                return CheckResult.fail(check, "not measured: " + problem);
            }
            return new CheckResult(check, m.allocationFree(), m.describe());
        }
    }

    private AllocationProbe() {
    }

    /**
     * @param provider the provider under test (its class is created again in the child)
     * @param dt       control period (s)
     * @return the measurements
     */
    public static Result run(ControllerProvider provider, double dt) {
        ChildJvm.Outcome outcome = ChildJvm.run(JVM_OPTIONS, loaderClassPath(provider.getClass()),
                AllocationProbeMain.class,
                List.of(provider.getClass().getName(), String.format(Locale.ROOT, "%s", dt)), TIMEOUT_SECONDS);
        return interpret(outcome);
    }

    /**
     * @param type a class
     * @return the file URLs of the {@link URLClassLoader}s from the class's loader up to, not including, the
     *         application class loader
     */
    static List<Path> loaderClassPath(Class<?> type) {
        List<Path> entries = new ArrayList<>();
        ClassLoader application = ClassLoader.getSystemClassLoader();
        for (ClassLoader loader = type.getClassLoader(); loader != null && loader != application;
             loader = loader.getParent()) {
            if (loader instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    if ("file".equals(url.getProtocol())) {
                        try {
                            entries.add(Path.of(url.toURI()));
                        } catch (URISyntaxException | IllegalArgumentException e) {
                            throw new IllegalStateException("cannot use the class path entry " + url + " of "
                                    + type.getName() + " in a child JVM", e);
                        }
                    }
                }
            }
        }
        return entries;
    }

    static Result interpret(ChildJvm.Outcome outcome) {
        WindowedAllocation call = null;
        WindowedAllocation step = null;
        Matcher m = RESULT.matcher(outcome.output());
        while (m.find()) {
            long[] bytes = Arrays.stream(m.group(5).split(",")).mapToLong(Long::parseLong).toArray();
            WindowedAllocation measured = new WindowedAllocation(Long.parseLong(m.group(2)),
                    Boolean.parseBoolean(m.group(3)), Long.parseLong(m.group(4)), bytes);
            if (m.group(1).equals(AllocationProbeMain.CALL)) {
                call = measured;
            } else if (m.group(1).equals(AllocationProbeMain.STEP)) {
                step = measured;
            }
        }
        String problem = outcome.succeeded() && call != null && step != null ? null : outcome.describe();
        return new Result(call, step, problem);
    }
}
