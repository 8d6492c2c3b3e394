package io.dip.bench.audit;

import io.dip.api.ControllerProvider;
import io.dip.bench.ReferenceRig;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.testkit.measure.AllocationMeter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The child side of the Epsilon-GC proof: runs one controller's long closed loop (the audit's rig, through the
 * engine, nothing recorded) and prints one result line. {@link EpsilonSoak} starts it in a JVM whose collector
 * never frees memory and whose heap is small, so a loop that allocates dies of {@code OutOfMemoryError}.
 *
 * <p>A warm-up of at most {@link #warmupBudget} steps compiles the loop ({@link SoakLoop#warmUp});
 * {@code allocated} counts the bytes the loop thread allocates in the steps after it, {@code warmupAllocated}
 * those of the warm-up (one-time JIT work: the first
 * C2 compilation of a class resolves its string constants on the calling thread). Both stay in the heap, which
 * Epsilon never frees.
 *
 * <p>Arguments: {@code CONTROLLER STEPS DT [PLUGINS_DIR]}. Output on success (exit status 0):
 * {@code epsilon-soak controller=NAME steps=N episodes=E allocated=BYTES warmupAllocated=BYTES wallNanos=NS
 * heapUsed=BYTES}. Exit status 2 for bad arguments, 1 when the run throws.
 */
public final class EpsilonSoakMain {

    /** First word of the result line. */
    static final String RESULT_PREFIX = "epsilon-soak";

    /** Most warm-up steps; fewer (half the run) for short runs. */
    static final long MAX_WARMUP_STEPS = 400_000;

    private EpsilonSoakMain() {
    }

    /**
     * @param steps steps of the run
     * @return most warm-up steps: half the run, at most {@value #MAX_WARMUP_STEPS}
     */
    static long warmupBudget(long steps) {
        return Math.min(steps / 2, MAX_WARMUP_STEPS);
    }

    /**
     * @param args {@code CONTROLLER STEPS DT [PLUGINS_DIR]}
     */
    public static void main(String[] args) {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: EpsilonSoakMain CONTROLLER STEPS DT [PLUGINS_DIR]");
            System.exit(2);
        }
        String name = args[0];
        long steps;
        double dt;
        try {
            steps = Long.parseLong(args[1]);
            dt = Double.parseDouble(args[2]);
        } catch (NumberFormatException e) {
            System.err.println("STEPS must be an integer and DT a number, got '" + args[1] + "' and '" + args[2]
                    + "'");
            System.exit(2);
            return;
        }
        Path plugins = args.length == 4 ? Path.of(args[3]) : null;
        try (PluginRegistry registry = PluginRegistry.load(plugins)) {
            ControllerProvider provider = registry.controller(name);
            ReferenceRig rig = ReferenceRig.from(registry);
            AllocationMeter meter = new AllocationMeter();
            SoakOutcome warmup;
            SoakOutcome all;
            try (SoakLoop soak = new SoakLoop(rig.scenario(provider, dt, steps + 1), meter)) {
                soak.warmUp(warmupBudget(steps));
                warmup = soak.outcome();
                soak.run(steps - warmup.steps());
                all = soak.outcome();
            }
            Runtime runtime = Runtime.getRuntime();
            System.out.println(String.format(Locale.ROOT, "%s controller=%s steps=%d episodes=%d allocated=%d "
                    + "warmupAllocated=%d wallNanos=%d heapUsed=%d", RESULT_PREFIX, provider.name(), all.steps(),
                    all.episodes(), all.since(warmup).allocatedBytes(), warmup.allocatedBytes(), all.wallNanos(),
                    runtime.totalMemory() - runtime.freeMemory()));
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
