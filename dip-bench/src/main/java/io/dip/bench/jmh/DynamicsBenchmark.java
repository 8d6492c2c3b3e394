package io.dip.bench.jmh;

import io.dip.api.DynamicsModel;
import io.dip.api.PhysicalParameters;
import io.dip.api.StateIndex;
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

/** {@code derivative(x, u, out)} of one plant model (default parameters) on the {@link ProbeStates} in turn. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DynamicsBenchmark {

    /** Force applied with every state (N). */
    static final double FORCE = 2.5;

    /**
     * The model's registered name; {@link BenchRunner} replaces the placeholder by every registered one.
     */
    @Param(BenchRunner.FROM_REGISTRY)
    public String model;

    private PluginRegistry registry;
    private DynamicsModel instance;
    private ProbeStates states;
    private final double[] out = new double[StateIndex.DIMENSION];
    private long call;

    /** Creates the model. */
    @Setup(Level.Trial)
    public void setUp() {
        registry = BenchPlugins.open();
        instance = registry.dynamics(model).create(PhysicalParameters.DEFAULTS);
        states = new ProbeStates();
    }

    /** @return the written derivative array (kept alive for the JIT) */
    @Benchmark
    public double[] derivative() {
        instance.derivative(states.get(call++), FORCE, out);
        return out;
    }

    /** Closes the registry. */
    @TearDown(Level.Trial)
    public void tearDown() {
        registry.close();
    }
}
