package io.dip.bench.jmh;

import io.dip.api.Integrator;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.api.StateIndex;
import io.dip.bench.ReferenceRig;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.testkit.contract.ProbeStates;
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
 * One control period (dt = 0.01 s, force {@value DynamicsBenchmark#FORCE} N held) of one integrator on the {@code full} model with default
 * parameters, from the {@link ProbeStates} in turn.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class IntegratorBenchmark {

    /** Control period (s). */
    static final double DT = 0.01;

    /**
     * The integrator's registered name; {@link BenchRunner} replaces the placeholder by every registered one.
     */
    @Param(BenchRunner.FROM_REGISTRY)
    public String integrator;

    private PluginRegistry registry;
    private Integrator instance;
    private ProbeStates states;
    private final double[] out = new double[StateIndex.DIMENSION];
    private long call;

    /** Creates the model and the integrator. */
    @Setup(Level.Trial)
    public void setUp() {
        registry = BenchPlugins.open();
        instance = registry.integrator(integrator).create(
                registry.dynamics(ReferenceRig.MODEL).create(PhysicalParameters.DEFAULTS),
                Options.empty("simulation.integrator"));
        states = new ProbeStates();
    }

    /** @return the state after one period (kept alive for the JIT) */
    @Benchmark
    public double[] period() {
        instance.step(states.get(call++), DynamicsBenchmark.FORCE, DT, out);
        return out;
    }

    /** Closes the registry. */
    @TearDown(Level.Trial)
    public void tearDown() {
        registry.close();
    }
}
