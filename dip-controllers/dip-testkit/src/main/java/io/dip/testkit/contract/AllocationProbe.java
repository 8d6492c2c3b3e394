package io.dip.testkit.contract;

import io.dip.api.ControllerProvider;
import io.dip.testkit.measure.ChildJvm;
import io.dip.testkit.measure.WindowedAllocation;
import java.nio.file.Path;
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
 * {@link java.util.ServiceLoader} requires) and its classes on the class path or in {@code extraClassPath}.
 */
public final class AllocationProbe {

    /** Row: {@code computeControl} allocates nothing. */
    public static final String CALL_FREE = "computeControl allocates 0 B in every window (escape analysis off)";
    /** Row: the closed-loop step allocates nothing. */
    public static final String STEP_FREE = "closed-loop step allocates 0 B in every window (escape analysis off)";

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
     * @param provider       the provider under test (its class is created again in the child)
     * @param dt             control period (s)
     * @param extraClassPath where the provider's classes are when they are not on this JVM's class path
     * @return the measurements
     */
    public static Result run(ControllerProvider provider, double dt, List<Path> extraClassPath) {
        ChildJvm.Outcome outcome = ChildJvm.run(JVM_OPTIONS, extraClassPath, AllocationProbeMain.class,
                List.of(provider.getClass().getName(), String.format(Locale.ROOT, "%s", dt)), TIMEOUT_SECONDS);
        return interpret(outcome);
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
