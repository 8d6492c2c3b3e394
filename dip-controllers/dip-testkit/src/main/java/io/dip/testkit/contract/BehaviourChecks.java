package io.dip.testkit.contract;

import io.dip.api.Controller;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import java.lang.ref.Reference;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The behaviour part of the contract: {@link Controller#reset()} restores the initial behaviour, and instances are
 * independent of each other (thread confinement). Outputs are compared bit for bit.
 */
public final class BehaviourChecks {

    /** Row: after {@code reset()} the controller answers exactly as a fresh one and its histories are empty. */
    public static final String RESET_RESTORES = "reset() restores the initial behaviour";
    /** Row: two instances used together (interleaved, and on two threads) answer exactly as each alone. */
    public static final String THREAD_CONFINED = "instances independent (interleaved and on two threads)";

    /** The row names in report order. */
    public static final List<String> CHECKS = List.of(RESET_RESTORES, THREAD_CONFINED);

    /** Calls compared after a reset. */
    static final int RESET_CALLS = 500;
    /** Calls made before the reset, so that integrators and adaptive gains have moved. */
    static final int CALLS_BEFORE_RESET = 777;
    /** Calls per instance in the independence check. */
    static final int CONFINEMENT_CALLS = 20_000;
    private static final long THREAD_TIMEOUT_SECONDS = 120;

    private final ContractRig rig;

    /** @param rig the controller under test and how to drive it */
    public BehaviourChecks(ContractRig rig) {
        this.rig = rig;
    }

    /** @return the rows, in the order of {@link #CHECKS} */
    public List<CheckResult> run() {
        return List.of(CheckResult.guarded(RESET_RESTORES, this::resetRestoresInitialBehaviour),
                CheckResult.guarded(THREAD_CONFINED, this::instancesAreIndependent));
    }

    private CheckResult resetRestoresInitialBehaviour() {
        DynamicsModel model = rig.nominal().get();
        try (Controller fresh = rig.create(DynamicsRef.of(model));
             Controller used = rig.create(DynamicsRef.of(model))) {
            double[] expected = new double[RESET_CALLS];
            rig.drive(fresh, 0, expected);
            rig.drive(used, RESET_CALLS, new double[CALLS_BEFORE_RESET]);
            used.reset();
            Map<String, Integer> sizes = ContractRig.historySizes(used);
            if (sizes.values().stream().anyMatch(size -> size != 0)) {
                return CheckResult.fail(RESET_RESTORES, "histories not cleared by reset(): " + sizes);
            }
            double[] actual = new double[RESET_CALLS];
            rig.drive(used, 0, actual);
            int differs = firstDifference(expected, actual);
            return differs < 0
                    ? CheckResult.pass(RESET_RESTORES, RESET_CALLS + " outputs after reset() equal a fresh "
                            + "controller's, bit for bit")
                    : CheckResult.fail(RESET_RESTORES, String.format(Locale.ROOT, "after %d calls and reset(), "
                            + "call %d returned %s where a fresh controller returned %s", CALLS_BEFORE_RESET,
                            differs, actual[differs], expected[differs]));
        } finally {
            Reference.reachabilityFence(model);
        }
    }

    private CheckResult instancesAreIndependent() {
        double[] aloneA = alone(0);
        double[] aloneB = alone(CONFINEMENT_CALLS);
        String interleaved = compare("interleaved on one thread", aloneA, aloneB, interleaved());
        if (interleaved != null) {
            return CheckResult.fail(THREAD_CONFINED, interleaved);
        }
        String threads = compare("on two threads at once", aloneA, aloneB, onTwoThreads());
        if (threads != null) {
            return CheckResult.fail(THREAD_CONFINED, threads);
        }
        return CheckResult.pass(THREAD_CONFINED, "2 × " + CONFINEMENT_CALLS + " outputs interleaved and on two "
                + "threads equal each instance alone, bit for bit");
    }

    /** @return the outputs of one controller alone on the probe states from {@code from} */
    private double[] alone(int from) {
        DynamicsModel model = rig.nominal().get();
        try (Controller controller = rig.create(DynamicsRef.of(model))) {
            double[] out = new double[CONFINEMENT_CALLS];
            rig.drive(controller, from, out);
            return out;
        } finally {
            Reference.reachabilityFence(model);
        }
    }

    /** @return both instances' outputs, their calls alternating on the current thread */
    private double[][] interleaved() {
        DynamicsModel model = rig.nominal().get();
        try (Controller a = rig.create(DynamicsRef.of(model)); Controller b = rig.create(DynamicsRef.of(model))) {
            double[][] out = new double[2][CONFINEMENT_CALLS];
            double ua = 0.0;
            double ub = 0.0;
            for (int k = 0; k < CONFINEMENT_CALLS; k++) {
                ua = a.computeControl(k * rig.dt(), rig.states().get(k), ua);
                int j = CONFINEMENT_CALLS + k;
                ub = b.computeControl(j * rig.dt(), rig.states().get(j), ub);
                out[0][k] = ua;
                out[1][k] = ub;
            }
            return out;
        } finally {
            Reference.reachabilityFence(model);
        }
    }

    /** @return both instances' outputs, each created and used on its own thread, both started together */
    private double[][] onTwoThreads() {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier start = new CyclicBarrier(2);
            Future<double[]> a = pool.submit(() -> {
                start.await();
                return alone(0);
            });
            Future<double[]> b = pool.submit(() -> {
                start.await();
                return alone(CONFINEMENT_CALLS);
            });
            return new double[][] {a.get(THREAD_TIMEOUT_SECONDS, TimeUnit.SECONDS),
                b.get(THREAD_TIMEOUT_SECONDS, TimeUnit.SECONDS)};
        } catch (ExecutionException e) {
            throw new IllegalStateException("a controller failed on its own thread: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("two controllers did not finish " + CONFINEMENT_CALLS + " calls each "
                    + "within " + THREAD_TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    private static String compare(String how, double[] aloneA, double[] aloneB, double[][] together) {
        int a = firstDifference(aloneA, together[0]);
        int b = firstDifference(aloneB, together[1]);
        if (a < 0 && b < 0) {
            return null;
        }
        int call = a >= 0 ? a : b;
        double[] alone = a >= 0 ? aloneA : aloneB;
        double[] with = together[a >= 0 ? 0 : 1];
        return String.format(Locale.ROOT, "two instances %s: instance %s call %d returned %s, alone %s (shared "
                + "mutable state: a static field, a shared scratch array?)", how, a >= 0 ? "A" : "B", call,
                with[call], alone[call]);
    }

    /** @return the first index whose values differ in bits, or -1 */
    static int firstDifference(double[] expected, double[] actual) {
        return Arrays.mismatch(Arrays.stream(expected).mapToLong(Double::doubleToLongBits).toArray(),
                Arrays.stream(actual).mapToLong(Double::doubleToLongBits).toArray());
    }
}
