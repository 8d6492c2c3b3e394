package io.dip.testkit.contract;

import io.dip.api.Controller;
import io.dip.api.DoubleRingBuffer;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.DynamicsReleasedException;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The clean-up part of the contract: what {@link Controller#close()} releases, whether a closed controller and a
 * dropped model can be collected, what a controller does once its model is gone, and whether the histories stay
 * bounded. Each check creates its own controller with default gains.
 */
public final class CleanupChecks {

    /** Row: after {@code close()} every history is empty and the {@link DynamicsRef} is released. */
    public static final String CLOSE_CLEARS = "close() clears history and drops the dynamics";
    /** Row: a closed controller is collected once its user drops it. */
    public static final String WEAKLY_REACHABLE = "closed controller weakly reachable after release";
    /** Row: after many calls every history is full or, when the controller does not fill it, empty. */
    public static final String HISTORY_BOUNDED = "histories within capacity after many calls";
    /** Row: the nominal model is collected once its owner drops it, although the controller is alive. */
    public static final String MODEL_UNREACHABLE = "model unreachable once its owner drops it";
    /** Row: when the owner has dropped the model, {@code computeControl} raises {@link DynamicsReleasedException}. */
    public static final String RELEASED_DYNAMICS = "released dynamics -> DynamicsReleasedException";
    /** Row: a second {@code close()} neither throws nor reopens. */
    public static final String CLOSE_TWICE = "close() twice harmless";
    /** Row: {@code computeControl} on a closed controller throws {@link IllegalStateException}. */
    public static final String CLOSED_REFUSES = "closed controller refuses computeControl";

    /** The row names in report order. */
    public static final List<String> CHECKS = List.of(CLOSE_CLEARS, WEAKLY_REACHABLE, HISTORY_BOUNDED,
            MODEL_UNREACHABLE, RELEASED_DYNAMICS, CLOSE_TWICE, CLOSED_REFUSES);

    private static final int SHORT_USE = 50;

    private final ContractRig rig;

    /** @param rig the controller under test and how to drive it */
    public CleanupChecks(ContractRig rig) {
        this.rig = rig;
    }

    /** @return the rows, in the order of {@link #CHECKS} */
    public List<CheckResult> run() {
        CheckResult[] released = releasedModelChecks();
        return List.of(
                CheckResult.guarded(CLOSE_CLEARS, this::closeClearsHistoryAndDynamics),
                CheckResult.guarded(WEAKLY_REACHABLE, this::closedControllerIsCollected),
                CheckResult.guarded(HISTORY_BOUNDED, this::historyStaysAtCapacity),
                released[0],
                released[1],
                CheckResult.guarded(CLOSE_TWICE, this::closeTwiceIsHarmless),
                CheckResult.guarded(CLOSED_REFUSES, this::closedControllerRefuses));
    }

    private CheckResult closeClearsHistoryAndDynamics() {
        DynamicsModel model = rig.nominal().get();
        DynamicsRef ref = DynamicsRef.of(model);
        Controller controller = rig.create(ref);
        rig.use(controller, SHORT_USE);
        Map<String, Integer> before = ContractRig.historySizes(controller);
        controller.close();
        Map<String, Integer> after = ContractRig.historySizes(controller);
        boolean emptied = after.values().stream().allMatch(size -> size == 0);
        Reference.reachabilityFence(model);
        return new CheckResult(CLOSE_CLEARS, emptied && ref.isReleased(), "histories " + before + " → " + after
                + "; dynamics reference " + (ref.isReleased() ? "released" : "still held"));
    }

    private CheckResult closedControllerIsCollected() {
        DynamicsModel model = rig.nominal().get();
        WeakReference<Controller> released = createUseCloseAndDrop(model);
        boolean collected = Reachability.awaitCollected(released);
        Reference.reachabilityFence(model);
        return collected
                ? CheckResult.pass(WEAKLY_REACHABLE, "collected after its last strong reference was dropped")
                : CheckResult.fail(WEAKLY_REACHABLE, "still reachable after repeated System.gc(): something "
                        + "(the provider, a static field, a listener) keeps the closed controller");
    }

    private WeakReference<Controller> createUseCloseAndDrop(DynamicsModel model) {
        Controller controller = rig.create(DynamicsRef.of(model));
        rig.use(controller, SHORT_USE);
        controller.close();
        return new WeakReference<>(controller);
    }

    private CheckResult historyStaysAtCapacity() {
        DynamicsModel model = rig.nominal().get();
        try (Controller controller = rig.create(DynamicsRef.of(model))) {
            Map<String, DoubleRingBuffer> histories = ContractRig.histories(controller);
            Map<String, Integer> capacities = new TreeMap<>();
            histories.forEach((name, history) -> capacities.put(name, history.capacity()));
            int calls = 2 * capacities.values().stream().mapToInt(Integer::intValue).max().orElse(SHORT_USE) + 7;
            rig.use(controller, calls);
            List<String> wrong = new ArrayList<>();
            histories.forEach((name, history) -> {
                // a history the controller does not fill (σ of a controller without a sliding surface) stays empty
                if (history.capacity() != capacities.get(name)
                        || history.size() != 0 && history.size() != history.capacity()) {
                    wrong.add(name + " holds " + history.size() + " of capacity " + history.capacity()
                            + " (created with " + capacities.get(name) + ")");
                }
            });
            return wrong.isEmpty()
                    ? CheckResult.pass(HISTORY_BOUNDED, "after " + calls + " calls: " + ContractRig.historySizes(
                            controller) + " of capacities " + capacities)
                    : CheckResult.fail(HISTORY_BOUNDED, "after " + calls + " calls: " + String.join(", ", wrong));
        } finally {
            Reference.reachabilityFence(model);
        }
    }

    /**
     * Drops the only strong reference to a live controller's model, then asks whether the model was collected
     * and what the controller's next call does.
     *
     * @return the {@link #MODEL_UNREACHABLE} and {@link #RELEASED_DYNAMICS} rows
     */
    private CheckResult[] releasedModelChecks() {
        Orphan orphan;
        try {
            orphan = createWithModelItDoesNotOwn();
        } catch (RuntimeException | Error e) {
            return new CheckResult[] {CheckResult.fail(MODEL_UNREACHABLE, "unexpected " + e),
                CheckResult.fail(RELEASED_DYNAMICS, "unexpected " + e)};
        }
        try (Controller controller = orphan.controller()) {
            if (!Reachability.awaitCollected(orphan.model())) {
                String held = "the nominal model stayed reachable after its owner dropped it: the controller (or "
                        + "its provider) holds it strongly";
                return new CheckResult[] {CheckResult.fail(MODEL_UNREACHABLE, held),
                    CheckResult.fail(RELEASED_DYNAMICS, "not reached: " + held)};
            }
            CheckResult collected = CheckResult.pass(MODEL_UNREACHABLE, "collected while the controller was alive");
            return new CheckResult[] {collected, CheckResult.guarded(RELEASED_DYNAMICS,
                    () -> callAfterRelease(controller))};
        }
    }

    private CheckResult callAfterRelease(Controller controller) {
        try {
            double u = controller.computeControl(0.0, rig.states().get(0), 0.0);
            return CheckResult.fail(RELEASED_DYNAMICS, "computeControl returned " + u
                    + " although its nominal model was collected");
        } catch (DynamicsReleasedException expected) {
            return CheckResult.pass(RELEASED_DYNAMICS, "model collected; computeControl threw "
                    + "DynamicsReleasedException");
        } catch (RuntimeException other) {
            return CheckResult.fail(RELEASED_DYNAMICS, "expected DynamicsReleasedException, got " + other);
        }
    }

    /** A controller whose nominal model is referenced only weakly by the caller. */
    private record Orphan(Controller controller, WeakReference<DynamicsModel> model) {
    }

    private Orphan createWithModelItDoesNotOwn() {
        DynamicsModel model = rig.nominal().get();
        Controller controller = rig.create(DynamicsRef.of(model));
        rig.use(controller, SHORT_USE);
        return new Orphan(controller, new WeakReference<>(model));
    }

    private CheckResult closeTwiceIsHarmless() {
        DynamicsModel model = rig.nominal().get();
        Controller controller = rig.create(DynamicsRef.of(model));
        rig.use(controller, SHORT_USE);
        controller.close();
        try {
            controller.close();
        } catch (RuntimeException e) {
            return CheckResult.fail(CLOSE_TWICE, "second close() threw " + e);
        } finally {
            Reference.reachabilityFence(model);
        }
        try {
            double u = controller.computeControl(0.0, rig.states().get(0), 0.0);
            return CheckResult.fail(CLOSE_TWICE, "after two close() calls computeControl returned " + u);
        } catch (IllegalStateException expected) {
            return CheckResult.pass(CLOSE_TWICE, "second close() returned quietly; still closed");
        }
    }

    private CheckResult closedControllerRefuses() {
        DynamicsModel model = rig.nominal().get();
        Controller controller = rig.create(DynamicsRef.of(model));
        rig.use(controller, SHORT_USE);
        controller.close();
        try {
            double u = controller.computeControl(0.0, rig.states().get(0), 0.0);
            return CheckResult.fail(CLOSED_REFUSES, "computeControl on a closed controller returned " + u);
        } catch (IllegalStateException expected) {
            return CheckResult.pass(CLOSED_REFUSES, "threw " + expected.getClass().getSimpleName());
        } finally {
            Reference.reachabilityFence(model);
        }
    }
}
