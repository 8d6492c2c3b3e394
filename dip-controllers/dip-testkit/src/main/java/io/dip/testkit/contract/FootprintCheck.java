package io.dip.testkit.contract;

import io.dip.api.Controller;
import io.dip.api.DoubleRingBuffer;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.testkit.measure.RetainedSize;
import java.lang.ref.Reference;
import java.util.List;
import java.util.Locale;

/**
 * The footprint part of the contract: the controller's retained size (JOL: the objects it reaches strongly, the
 * nominal model excluded) stays within {@link #CEILING_BYTES} and does not grow over {@link #LONG_RUN_CALLS} calls.
 *
 * <p>The size is taken once the histories have been filled (twice their capacity in calls), again after
 * {@value #FIRST_STAGE_CALLS} calls and, when it has not grown, after the whole long run. The ceiling bounds everything a controller may hold at default settings: its histories (default
 * capacity 1000, 8 B per value), diagnostics, gains and scratch arrays come to a few tens of kilobytes for the
 * built-in controllers; {@value #CEILING_BYTES} B leaves room for a larger bounded table while refusing a
 * "bounded" buffer sized like a leak.
 */
public final class FootprintCheck {

    /** Row: the retained size stays within the ceiling. */
    public static final String WITHIN_CEILING = "retained size within the ceiling";
    /** Row: the retained size is the same after the long run. */
    public static final String NO_GROWTH = "no growth over a long run";

    /** The row names in report order. */
    public static final List<String> CHECKS = List.of(WITHIN_CEILING, NO_GROWTH);

    /** The most a controller may retain: 4 MiB (bytes). */
    public static final long CEILING_BYTES = 4L << 20;

    /** Calls of the long run: 2²¹. */
    public static final int LONG_RUN_CALLS = 1 << 21;

    /**
     * Calls after which the size is taken a first time: a controller that grows on every call has grown by then,
     * and is judged before its graph becomes expensive to walk.
     */
    static final int FIRST_STAGE_CALLS = 1 << 16;

    private final ContractRig rig;

    /** @param rig the controller under test */
    public FootprintCheck(ContractRig rig) {
        this.rig = rig;
    }

    /** @return the rows, in the order of {@link #CHECKS} */
    public List<CheckResult> run() {
        DynamicsModel model = rig.nominal().get();
        try (Controller controller = rig.create(DynamicsRef.of(model))) {
            rig.use(controller, 2 * ContractRig.histories(controller).values().stream()
                    .mapToInt(DoubleRingBuffer::capacity).max().orElse(1));
            long start = RetainedSize.of(controller);
            CheckResult ceiling = start <= CEILING_BYTES
                    ? CheckResult.pass(WITHIN_CEILING, String.format(Locale.ROOT, "%,d B ≤ %,d B", start,
                            CEILING_BYTES))
                    : CheckResult.fail(WITHIN_CEILING, String.format(Locale.ROOT, "retains %,d B, more than the "
                            + "ceiling of %,d B", start, CEILING_BYTES));
            int calls = 0;
            long end = start;
            for (int stage : new int[] {FIRST_STAGE_CALLS, LONG_RUN_CALLS}) {
                run(controller, calls, stage);
                calls = stage;
                end = RetainedSize.of(controller);
                if (end > start) {
                    break;
                }
            }
            CheckResult growth = end <= start
                    ? CheckResult.pass(NO_GROWTH, String.format(Locale.ROOT, "%,d B before and %,d B after %,d "
                            + "calls", start, end, calls))
                    : CheckResult.fail(NO_GROWTH, String.format(Locale.ROOT, "retained size grew from %,d B to "
                            + "%,d B over %,d calls", start, end, calls));
            return List.of(ceiling, growth);
        } catch (RuntimeException | Error e) {
            return List.of(CheckResult.fail(WITHIN_CEILING, "unexpected " + e),
                    CheckResult.fail(NO_GROWTH, "unexpected " + e));
        } finally {
            Reference.reachabilityFence(model);
        }
    }

    /** Continues the calls from number {@code from} up to, not including, {@code to}. */
    private void run(Controller controller, int from, int to) {
        double u = 0.0;
        for (int k = from; k < to; k++) {
            u = controller.computeControl(k * rig.dt(), rig.states().get(k), u);
        }
    }
}
