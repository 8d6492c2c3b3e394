package io.dip.bench.audit;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DoubleRingBuffer;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.DynamicsReleasedException;
import io.dip.bench.ProbeStates;
import java.lang.ref.Reference;
import java.lang.ref.WeakReference;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The leak and clean-up checks of the audit, each a PASS/FAIL row: what {@link Controller#close()} releases,
 * whether a released controller or model can be collected, and whether the history stays bounded.
 *
 * <p>Each check creates its own controller with default gains at the audit's control period and drives it
 * with {@link ProbeStates}. A check that throws unexpectedly fails with the exception in its detail.
 */
public final class CleanupChecks {

    /** Row: after {@code close()} every history is empty and the {@link DynamicsRef} is released. */
    public static final String CLOSE_CLEARS = "close() clears history and drops the dynamics";
    /** Row: a closed controller is collected once its user drops it. */
    public static final String WEAKLY_REACHABLE = "closed controller weakly reachable after release";
    /** Row: after many calls each history holds exactly its capacity. */
    public static final String HISTORY_BOUNDED = "history at capacity after many calls";
    /** Row: when the owner drops the model, {@code computeControl} raises {@link DynamicsReleasedException}. */
    public static final String RELEASED_DYNAMICS = "released dynamics -> DynamicsReleasedException";
    /** Row: a second {@code close()} neither throws nor reopens. */
    public static final String CLOSE_TWICE = "close() twice harmless";
    /** Row: {@code computeControl} on a closed controller throws {@link IllegalStateException}. */
    public static final String CLOSED_REFUSES = "closed controller refuses computeControl";

    /** The row names in report order. */
    public static final List<String> CHECKS =
            List.of(CLOSE_CLEARS, WEAKLY_REACHABLE, HISTORY_BOUNDED, RELEASED_DYNAMICS, CLOSE_TWICE, CLOSED_REFUSES);

    private static final int SHORT_USE = 50;

    private final ControllerProvider provider;
    private final Supplier<DynamicsModel> nominal;
    private final double dt;
    private final ProbeStates states = new ProbeStates();

    /**
     * @param provider the controller under audit
     * @param nominal  creates a fresh nominal model per call (the owner's strong reference)
     * @param dt       control period (s)
     */
    public CleanupChecks(ControllerProvider provider, Supplier<DynamicsModel> nominal, double dt) {
        this.provider = provider;
        this.nominal = nominal;
        this.dt = dt;
    }

    /** @return the rows, in the order of {@link #CHECKS} */
    public List<CheckResult> run() {
        return List.of(
                guarded(CLOSE_CLEARS, this::closeClearsHistoryAndDynamics),
                guarded(WEAKLY_REACHABLE, this::closedControllerIsCollected),
                guarded(HISTORY_BOUNDED, this::historyStaysAtCapacity),
                guarded(RELEASED_DYNAMICS, this::releasedDynamicsRaises),
                guarded(CLOSE_TWICE, this::closeTwiceIsHarmless),
                guarded(CLOSED_REFUSES, this::closedControllerRefuses));
    }

    private static CheckResult guarded(String check, Supplier<CheckResult> body) {
        try {
            return body.get();
        } catch (RuntimeException | Error e) {
            return CheckResult.fail(check, "unexpected " + e);
        }
    }

    private CheckResult closeClearsHistoryAndDynamics() {
        DynamicsModel model = nominal.get();
        DynamicsRef ref = DynamicsRef.of(model);
        Controller controller = create(ref);
        use(controller, SHORT_USE);
        Map<String, DoubleRingBuffer> histories = controller.histories();
        Map<String, Integer> before = sizes(histories);
        controller.close();
        Map<String, Integer> after = sizes(histories);
        boolean filled = before.values().stream().allMatch(size -> size > 0);
        boolean emptied = after.values().stream().allMatch(size -> size == 0);
        String observed = (histories.isEmpty() ? "no history kept" : "history " + before + " → " + after)
                + "; dynamics reference " + (ref.isReleased() ? "released" : "still held");
        boolean passed = filled && emptied && ref.isReleased();
        if (!filled) {
            observed += " (a history stayed empty during use)";
        }
        Reference.reachabilityFence(model);
        return new CheckResult(CLOSE_CLEARS, passed, observed);
    }

    private CheckResult closedControllerIsCollected() {
        DynamicsModel model = nominal.get();
        WeakReference<Controller> released = createUseCloseAndDrop(model);
        boolean collected = Reachability.awaitCollected(released);
        Reference.reachabilityFence(model);
        return collected
                ? CheckResult.pass(WEAKLY_REACHABLE, "collected after its last strong reference was dropped")
                : CheckResult.fail(WEAKLY_REACHABLE, "still reachable after repeated System.gc(): something "
                        + "(the provider, a static field, a listener) keeps the closed controller");
    }

    private WeakReference<Controller> createUseCloseAndDrop(DynamicsModel model) {
        Controller controller = create(DynamicsRef.of(model));
        use(controller, SHORT_USE);
        controller.close();
        return new WeakReference<>(controller);
    }

    private CheckResult historyStaysAtCapacity() {
        DynamicsModel model = nominal.get();
        try (Controller controller = create(DynamicsRef.of(model))) {
            Map<String, DoubleRingBuffer> histories = controller.histories();
            if (histories.isEmpty()) {
                return CheckResult.pass(HISTORY_BOUNDED, "keeps no history");
            }
            Map<String, Integer> capacities = new TreeMap<>();
            histories.forEach((name, history) -> capacities.put(name, history.capacity()));
            int calls = 2 * Collections.max(capacities.values()) + 7;
            use(controller, calls);
            StringBuilder observed = new StringBuilder("after " + calls + " calls:");
            boolean passed = true;
            for (Map.Entry<String, Integer> entry : capacities.entrySet()) {
                DoubleRingBuffer history = controller.histories().get(entry.getKey());
                int capacity = entry.getValue();
                passed &= history != null && history.size() == capacity && history.capacity() == capacity;
                observed.append(' ').append(entry.getKey()).append(' ')
                        .append(history == null ? "gone" : history.size()).append('/').append(capacity);
            }
            return new CheckResult(HISTORY_BOUNDED, passed, observed.toString());
        } finally {
            Reference.reachabilityFence(model);
        }
    }

    private CheckResult releasedDynamicsRaises() {
        Orphan orphan = createWithModelItDoesNotOwn();
        if (!Reachability.awaitCollected(orphan.model())) {
            orphan.controller().close();
            return CheckResult.fail(RELEASED_DYNAMICS, "the nominal model stayed reachable after its owner "
                    + "dropped it: the controller (or its provider) holds it strongly");
        }
        try (Controller controller = orphan.controller()) {
            double u = controller.computeControl(0.0, states.get(0), 0.0);
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
        DynamicsModel model = nominal.get();
        Controller controller = create(DynamicsRef.of(model));
        use(controller, SHORT_USE);
        return new Orphan(controller, new WeakReference<>(model));
    }

    private CheckResult closeTwiceIsHarmless() {
        DynamicsModel model = nominal.get();
        Controller controller = create(DynamicsRef.of(model));
        use(controller, SHORT_USE);
        controller.close();
        try {
            controller.close();
        } catch (RuntimeException e) {
            return CheckResult.fail(CLOSE_TWICE, "second close() threw " + e);
        } finally {
            Reference.reachabilityFence(model);
        }
        try {
            double u = controller.computeControl(0.0, states.get(0), 0.0);
            return CheckResult.fail(CLOSE_TWICE, "after two close() calls computeControl returned " + u);
        } catch (IllegalStateException expected) {
            return CheckResult.pass(CLOSE_TWICE, "second close() returned quietly; still closed");
        }
    }

    private CheckResult closedControllerRefuses() {
        DynamicsModel model = nominal.get();
        Controller controller = create(DynamicsRef.of(model));
        use(controller, SHORT_USE);
        controller.close();
        try {
            double u = controller.computeControl(0.0, states.get(0), 0.0);
            return CheckResult.fail(CLOSED_REFUSES, "computeControl on a closed controller returned " + u);
        } catch (IllegalStateException expected) {
            return CheckResult.pass(CLOSED_REFUSES, "threw " + expected.getClass().getSimpleName());
        } finally {
            Reference.reachabilityFence(model);
        }
    }

    private static Map<String, Integer> sizes(Map<String, DoubleRingBuffer> histories) {
        Map<String, Integer> sizes = new TreeMap<>();
        histories.forEach((name, history) -> sizes.put(name, history.size()));
        return sizes;
    }

    private Controller create(DynamicsRef ref) {
        return provider.create(ControllerSpec.defaults(provider.name(), dt), ref);
    }

    private void use(Controller controller, int calls) {
        double u = 0.0;
        for (int k = 0; k < calls; k++) {
            u = controller.computeControl(k * dt, states.get(k), u);
        }
    }
}
