package io.dip.hil;

import io.dip.api.HardwareDriver;
import io.dip.hardware.udp.FaultSpec;
import io.dip.hardware.udp.HostPort;
import io.dip.hardware.udp.PlantEndpoint;
import io.dip.sim.config.DipConfig;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.realtime.IdleStrategy;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.sim.setup.ScenarioFactory;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicReference;

/** A plant server on 127.0.0.1 (ephemeral port) in a thread of the test's JVM. */
final class LoopbackPlant implements AutoCloseable {

    private final PlantEndpoint endpoint;
    private final PlantServer server;
    private final HardwareDriver rig;
    private final Cancellation stop = new Cancellation();
    private final Thread thread;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private volatile PlantServer.End end;

    /**
     * @param scenario the plant's scenario
     * @param rig      the plant driver (started here)
     * @param mode     lock-step or real time
     * @param faults   faults on the replies
     * @param watchdog real-time watchdog (s)
     * @param maxSteps periods to serve
     */
    LoopbackPlant(Scenario scenario, HardwareDriver rig, PlantMode mode, FaultSpec faults, double watchdog,
            long maxSteps) {
        this.rig = rig;
        this.endpoint = new PlantEndpoint(new HostPort(HostPort.LOOPBACK, 0), faults);
        endpoint.open();
        rig.open();
        rig.start();
        this.server = new PlantServer(endpoint, rig, scenario.initialState(), mode, Math.round(scenario.dt() * 1e9),
                watchdog, maxSteps, IdleStrategy.YIELD);
        this.thread = new Thread(() -> {
            try {
                end = server.serve(stop);
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "test-plant-server");
        thread.start();
    }

    /** A lock-step simulated rig without faults serving {@code scenario}. */
    static LoopbackPlant lockstep(PluginRegistry registry, Scenario scenario, FaultSpec faults) {
        return new LoopbackPlant(scenario, rig(registry, scenario, FaultSpec.NONE), PlantMode.LOCKSTEP, faults, 0.1,
                Long.MAX_VALUE);
    }

    /** @return the simulated rig of {@code scenario} */
    static HardwareDriver rig(PluginRegistry registry, Scenario scenario, FaultSpec faults) {
        return registry.hardwareDriver("simulated_rig").create(HilPlantCommand.rigSpec(scenario, faults, 0));
    }

    /**
     * @param registry the providers
     * @param duration run length (s)
     * @return the default configuration's classical_smc scenario
     */
    static Scenario scenario(PluginRegistry registry, double duration) {
        return ScenarioFactory.baseScenario(DipConfig.defaults(), registry, "classical_smc", null).toBuilder()
                .duration(duration).build();
    }

    /** @return where the server listens */
    HostPort address() {
        InetSocketAddress local = endpoint.localAddress();
        return new HostPort(local.getHostString(), local.getPort());
    }

    PlantServer server() {
        return server;
    }

    PlantEndpoint endpoint() {
        return endpoint;
    }

    Thread thread() {
        return thread;
    }

    /** Waits for the server to end by itself (its periods run and the linger passed). */
    PlantServer.End awaitEnd() throws InterruptedException {
        thread.join();
        rethrow();
        return end;
    }

    private void rethrow() {
        if (failure.get() != null) {
            throw new AssertionError("the plant server failed", failure.get());
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop.cancel();
        thread.join();
        endpoint.close();
        rig.close();
        rethrow();
    }
}
