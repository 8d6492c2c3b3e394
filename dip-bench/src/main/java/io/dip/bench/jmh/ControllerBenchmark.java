package io.dip.bench.jmh;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
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
 * {@code computeControl} of one controller (default gains, dt = 0.01 s, nominal model {@code full} with default
 * parameters) on the {@link ProbeStates} in turn, feeding each force back as the next last control.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ControllerBenchmark {

    /** Control period (s). */
    static final double DT = 0.01;

    /**
     * The controller's registered name; {@link BenchRunner} replaces the placeholder by every registered one.
     */
    @Param(BenchRunner.FROM_REGISTRY)
    public String controller;

    private PluginRegistry registry;
    private DynamicsModel nominal;
    private Controller instance;
    private ProbeStates states;
    private long call;
    private double lastControl;

    /** Creates the controller and its nominal model. */
    @Setup(Level.Trial)
    public void setUp() {
        registry = BenchPlugins.open();
        ControllerProvider provider = registry.controller(controller);
        nominal = ReferenceRig.from(registry).nominalModel();
        instance = provider.create(ControllerSpec.defaults(provider.name(), DT), DynamicsRef.of(nominal));
        states = new ProbeStates();
    }

    /** @return the force for the next probe state (N) */
    @Benchmark
    public double computeControl() {
        long k = call++;
        lastControl = instance.computeControl(k * DT, states.get(k), lastControl);
        return lastControl;
    }

    /** Closes the controller and the registry. */
    @TearDown(Level.Trial)
    public void tearDown() {
        instance.close();
        registry.close();
        nominal = null;
    }
}
