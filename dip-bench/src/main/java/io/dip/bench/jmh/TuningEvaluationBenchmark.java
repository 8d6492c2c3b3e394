package io.dip.bench.jmh;

import io.dip.bench.ReferenceRig;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationEngine;
import io.dip.sim.runtime.PluginRegistry;
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
 * One evaluation of the gain tuner: the cost J of a 5 s closed-loop run (docs/model.md §7–8; {@code pso.duration}
 * default) at dt = 0.001 s (the {@code simulation.dt} default) on the {@link ReferenceRig}, through the engine's
 * {@link SimulationEngine#cost} — a new loop and controller per evaluation, as the tuner runs it, nothing
 * recorded.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TuningEvaluationBenchmark {

    /** Control period (s). */
    static final double DT = 0.001;
    /** Simulated time per evaluation (s). */
    static final double DURATION = 5.0;

    /**
     * The controller's registered name; {@link BenchRunner} replaces the placeholder by every registered one.
     */
    @Param(BenchRunner.FROM_REGISTRY)
    public String controller;

    private PluginRegistry registry;
    private Scenario scenario;

    /** Builds the scenario. */
    @Setup(Level.Trial)
    public void setUp() {
        registry = BenchPlugins.open();
        scenario = ReferenceRig.from(registry).scenario(registry.controller(controller), DT,
                Math.round(DURATION / DT));
    }

    /** @return the cost J of one run */
    @Benchmark
    public double evaluate() {
        return SimulationEngine.cost(scenario);
    }

    /** Closes the registry. */
    @TearDown(Level.Trial)
    public void tearDown() {
        registry.close();
    }
}
