package io.dip.bench.audit;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.bench.ReferenceRig;
import io.dip.bench.measure.GcActivity;
import io.dip.bench.measure.GcSampler;
import io.dip.bench.measure.HeapProbe;
import io.dip.bench.measure.PathMeasurement;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.ClosedLoop;
import io.dip.sim.realtime.LatencyRecorder;
import io.dip.sim.realtime.PacedLoop;
import io.dip.sim.realtime.PacedLoopResult;
import io.dip.sim.recording.NullRecorder;
import io.dip.testkit.contract.AllocationProbe;
import io.dip.testkit.contract.CheckResult;
import io.dip.testkit.contract.ContractRig;
import io.dip.testkit.contract.ControllerContract;
import io.dip.testkit.contract.ProbeStates;
import io.dip.testkit.measure.AllocationMeter;
import io.dip.testkit.measure.RetainedSize;
import java.io.PrintStream;
import java.lang.ref.Reference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Audits one controller at a time, on the calling thread, in this order:
 * <ol>
 *   <li>the allocation part of the controller contract, in a child JVM with escape analysis off;</li>
 *   <li>{@code computeControl} (own controller, own nominal model): latency of the measured calls after warm-up;</li>
 *   <li>the closed-loop step through the engine: the same;</li>
 *   <li>the long run (simulated hours, nothing recorded): retained size of the loop's controller and used heap
 *       after full collections, both before and after, the thread's allocation while stepping, collections;</li>
 *   <li>the rest of the controller contract (footprint, clean-up, behaviour, gain validation);</li>
 *   <li>the Epsilon-GC child run;</li>
 *   <li>the paced real-time runs.</li>
 * </ol>
 */
public final class ControllerAuditor {

    /**
     * Most steps of the long run taken before its first probes (at most half the run; see
     * {@link SoakLoop#warmUp}): they fill the histories and compile the soak loop. The allocation count, the
     * collections and the heap and size probes cover the steps after them.
     */
    public static final long LONG_RUN_WARMUP_STEPS = 200_000;

    /** Steps of the long run between two checks of the stop flag. */
    static final long LONG_RUN_CHUNK = 1L << 22;

    private final ReferenceRig rig;
    private final AuditSettings settings;
    private final Path plugins;
    private final PrintStream progress;
    private final AllocationMeter meter = new AllocationMeter();
    private final LatencyRecorder recorder = new LatencyRecorder();
    private final HeapProbe heap = new HeapProbe();
    private final ProbeStates states = new ProbeStates();
    private final long createdNanos = System.nanoTime();
    private final Cancellation stop;

    /**
     * @param rig      the set-up controllers run in
     * @param settings what to measure
     * @param plugins  the plugins directory (passed to the Epsilon child), or null
     * @param progress where one line per phase goes (standard error in the CLI)
     * @param stop     checked at every phase and every {@value #LONG_RUN_CHUNK} steps of the long run: once set,
     *                 {@link #audit} throws
     */
    public ControllerAuditor(ReferenceRig rig, AuditSettings settings, Path plugins, PrintStream progress,
                             Cancellation stop) {
        this.stop = stop;
        this.rig = rig;
        this.settings = settings;
        this.plugins = plugins;
        this.progress = progress;
    }

    /**
     * @param provider the controller to audit
     * @return everything measured, with the verdict
     * @throws AuditInterrupted when the stop flag is set during the audit
     */
    public ControllerAudit audit(ControllerProvider provider) {
        String name = provider.name();
        phase(name, "allocation: 2^21 computeControl calls and 2^20 closed-loop steps in a child JVM with "
                + "escape analysis off");
        AllocationProbe.Result allocation = AllocationProbe.run(provider, settings.dt());
        GcActivity gcBefore = GcActivity.now();
        phase(name, "computeControl: " + settings.measuredCalls() + " calls timed");
        PathMeasurement control = measureControl(provider);
        phase(name, "closed-loop step: " + settings.measuredCalls() + " steps timed");
        PathMeasurement step = measureStep(provider);
        GcActivity latencyGc = GcActivity.now().since(gcBefore);

        phase(name, String.format(Locale.ROOT, "long run: %.1f h simulated, %,d steps", settings.hours(),
                settings.longRunSteps()));
        LongRun longRun = longRun(provider);

        phase(name, "controller contract: footprint, clean-up, behaviour, gain validation");
        List<CheckResult> checks = new ArrayList<>(allocation.rows());
        checks.addAll(new ControllerContract(new ContractRig(provider, rig::nominalModel, settings.dt()))
                .inProcess());

        EpsilonResult epsilon = null;
        if (settings.epsilon()) {
            phase(name, "Epsilon-GC child JVM: " + String.join(" ", EpsilonSoak.JVM_OPTIONS));
            epsilon = EpsilonSoak.run(name, settings.longRunSteps(), settings.dt(), plugins);
        }

        List<PacedLoopResult> realtime = new ArrayList<>();
        for (double rate : settings.realtimeRatesHz()) {
            phase(name, String.format(Locale.ROOT, "real-time loop: %.0f Hz for %.1f s (%s)", rate,
                    settings.realtimeSeconds(), settings.idle().label()));
            realtime.add(paced(provider, rate));
        }
        return new ControllerAudit(name, control, step, longRun.retainedStart, longRun.retainedEnd, latencyGc,
                longRun.result, allocation, checks, epsilon, realtime, settings.deadlineNanos());
    }

    private void phase(String controller, String what) {
        checkStop(controller);
        progress.println(String.format(Locale.ROOT, "audit [%6.1f s] %s: %s",
                (System.nanoTime() - createdNanos) / 1e9, controller, what));
        progress.flush();
    }

    private void checkStop(String controller) {
        if (stop.isCancelled()) {
            throw new AuditInterrupted(controller);
        }
    }

    private PathMeasurement measureControl(ControllerProvider provider) {
        DynamicsModel nominal = rig.nominalModel();
        try (Controller controller = provider.create(ControllerSpec.defaults(provider.name(), settings.dt()),
                DynamicsRef.of(nominal))) {
            ControlPath path = new ControlPath(controller, states, settings.dt());
            PathMeasurement m = PathMeasurement.measure(path, settings.warmupCalls(), settings.measuredCalls(),
                    recorder);
            if (!Double.isFinite(path.lastControl())) {
                throw new IllegalStateException("controller " + provider.name() + " returned a non-finite force "
                        + path.lastControl() + " near upright");
            }
            return m;
        } finally {
            Reference.reachabilityFence(nominal);
        }
    }

    private PathMeasurement measureStep(ControllerProvider provider) {
        long steps = PathMeasurement.maximumCalls(settings.warmupCalls(), settings.measuredCalls()) + 1;
        try (ClosedLoop loop = new ClosedLoop(rig.scenario(provider, settings.dt(), steps), NullRecorder.INSTANCE)) {
            PathMeasurement m = PathMeasurement.measure(new StepPath(loop), settings.warmupCalls(),
                    settings.measuredCalls(), recorder);
            if (!loop.isRunning()) {
                throw new IllegalStateException(String.format(Locale.ROOT, "controller %s: the closed loop stopped "
                        + "(%s at t = %.2f s) during the step measurement, so the step figures would describe a "
                        + "stopped loop; the audit runs from x0 = [0, 0.1, -0.05, 0, 0, 0] with default gains",
                        provider.name(), loop.status(), loop.time()));
            }
            return m;
        }
    }

    /** The long run's result and the controller's retained size around it. */
    private record LongRun(LongRunResult result, long retainedStart, long retainedEnd) {
    }

    private LongRun longRun(ControllerProvider provider) {
        long total = settings.longRunSteps();
        ControllerCapture capture = new ControllerCapture(provider);
        GcSampler gc = new GcSampler();
        try (SoakLoop soak = new SoakLoop(rig.scenario(capture, settings.dt(), total + 1), meter)) {
            soak.warmUp(Math.min(total / 2, LONG_RUN_WARMUP_STEPS));
            SoakOutcome warmup = soak.outcome();
            long retainedStart = RetainedSize.of(capture.last());
            // nothing but the loop may allocate between the two heap probes: the soak and the sampler keep
            // primitive totals, and the result objects are made after the second probe
            long heapStart = heap.usedAfterGc();
            gc.start();
            for (long left = total - warmup.steps(); left > 0; left -= LONG_RUN_CHUNK) {
                checkStop(provider.name());
                soak.run(Math.min(left, LONG_RUN_CHUNK));
            }
            gc.stop();
            long heapEnd = heap.usedAfterGc();
            long retainedEnd = RetainedSize.of(capture.last());
            SoakOutcome all = soak.outcome();
            SoakOutcome measured = all.since(warmup);
            LongRunResult result = new LongRunResult(all.steps(), all.steps() * settings.dt() / 3600.0,
                    all.episodes(), restartReason(all), all.wallNanos(), measured.allocatedBytes(), heapStart,
                    heapEnd, gc.activity());
            return new LongRun(result, retainedStart, retainedEnd);
        }
    }

    private static String restartReason(SoakOutcome outcome) {
        return outcome.lastFailure() == null ? null : String.format(Locale.ROOT, "%s at t = %.2f s",
                outcome.lastFailure(), outcome.lastFailureTime());
    }

    private PacedLoopResult paced(ControllerProvider provider, double rateHz) {
        double dt = 1.0 / rateHz;
        long iterations = Math.max(1, Math.round(settings.realtimeSeconds() * rateHz));
        try (ClosedLoop loop = new ClosedLoop(rig.scenario(provider, dt, iterations), NullRecorder.INSTANCE)) {
            StepPath body = new StepPath(loop);
            return new PacedLoop(Math.round(1e9 / rateHz), settings.idle()).run(body, iterations);
        }
    }
}
