package io.dip.bench.jmh;

import io.dip.bench.ReferenceRig;
import io.dip.sim.engine.ClosedLoop;
import io.dip.sim.engine.Scenario;
import io.dip.sim.recording.NullRecorder;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.testkit.contract.ProbeStates;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One closed-loop step through the engine ({@link ClosedLoop#step()}: sensor, {@code computeControl}, actuator
 * limit, one {@code rk4} period of the {@code full} plant, metrics; nothing recorded) of one controller on the
 * {@link ReferenceRig} at dt = 0.01 s, starting from the first {@link ProbeStates} state. Every
 * {@value RestartingPlant#RESTART_EVERY} steps the plant's state jumps to the next probe state
 * ({@link RestartingPlant}), so the steps timed are those of a pendulum being held, never those of a run decayed to
 * the zero state. The loop is long enough never to end during a trial; a loop that stops (the pendulum fell) fails
 * the iteration instead of timing a stopped loop.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ClosedLoopBenchmark {

    /** Control period (s). */
    static final double DT = 0.01;
    /** Steps the loop may take: far more than any trial runs. */
    static final long STEPS = 100_000_000_000L;

    /**
     * The controller's registered name; {@link BenchRunner} replaces the placeholder by every registered one.
     */
    @Param(BenchRunner.FROM_REGISTRY)
    public String controller;

    private PluginRegistry registry;
    private ClosedLoop loop;

    /** Builds the loop on a {@link RestartingPlant}. */
    @Setup(Level.Trial)
    public void setUp() {
        registry = BenchPlugins.open();
        ProbeStates states = new ProbeStates();
        Scenario scenario = ReferenceRig.from(registry).scenario(registry.controller(controller), DT, STEPS)
                .toBuilder().initialState(states.get(0)).build();
        loop = new ClosedLoop(scenario, NullRecorder.INSTANCE, new RestartingPlant(scenario, states));
    }

    /** @return true while the loop runs */
    @Benchmark
    public boolean step() {
        return loop.step();
    }

    /** Fails the iteration when the loop has stopped. */
    @TearDown(Level.Iteration)
    public void checkRunning() {
        if (!loop.isRunning()) {
            throw new IllegalStateException(String.format(Locale.ROOT, "closed loop of %s stopped (%s at t = %.2f s)",
                    controller, loop.status(), loop.time()));
        }
    }

    /** Closes the loop and the registry. */
    @TearDown(Level.Trial)
    public void tearDown() {
        loop.close();
        registry.close();
    }
}
