package io.dip.hil;

import io.dip.api.HardwareDriver;
import io.dip.api.HardwareDriverSpec;
import io.dip.api.HardwareException;
import io.dip.api.Options;
import io.dip.api.StateIndex;
import io.dip.hardware.rig.SimulatedRig;
import io.dip.hardware.rig.SimulatedRigProvider;
import io.dip.hardware.udp.FaultSpec;
import io.dip.hardware.udp.HostPort;
import io.dip.hardware.udp.PlantEndpoint;
import io.dip.sim.cli.CommonOptions;
import io.dip.sim.cli.ControllerChoice;
import io.dip.sim.cli.ControllerOptions;
import io.dip.sim.cli.ScenarioContext;
import io.dip.sim.cli.ScenarioOptions;
import io.dip.sim.engine.Scenario;
import io.dip.sim.realtime.IdleStrategy;
import io.dip.sim.setup.ScenarioFactory;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dip hil plant}: serves the simulated rig (the configured plant model, integrator, initial state, actuator
 * limit, sensor noise and quantisation of the configuration's {@code sensor} section or {@code --inject noise=S},
 * actuator delay) over UDP until Ctrl-C or, when {@code --duration} is given, until the plant has run that long.
 * Prints {@code listening on HOST:PORT} when ready and its counters on exit.
 */
@Command(name = "plant", sortOptions = false,
        description = "Serve a simulated plant over UDP until Ctrl-C (or --duration of plant time). Prints "
                + "'listening on HOST:PORT' when ready and its counters on exit.")
public final class HilPlantCommand implements Callable<Integer> {

    /** The line printed when the server is ready, followed by {@code HOST:PORT}. */
    public static final String LISTENING = "hil plant: listening on ";

    @Option(names = "--bind", paramLabel = "HOST:PORT", defaultValue = HostPort.LOOPBACK + ":0",
            description = "Where to listen; port 0 takes a free port. Default: ${DEFAULT-VALUE}.")
    private String bind;

    @Mixin
    private PlantServerOptions server;

    @Mixin
    private LinkOptions link;

    @Mixin
    private ScenarioOptions scenario;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        HostPort address = HostPort.parse("--bind", bind);
        PlantMode mode = server.mode();
        double watchdog = server.watchdog();
        int delay = server.actuatorDelay();
        FaultSpec faults = link.faults();
        IdleStrategy idle = link.idle();
        boolean bounded = spec.commandLine().getParseResult().hasMatchedOption("--duration");
        try (ScenarioContext context = ScenarioContext.open(common, scenario.overrides())) {
            Scenario base = context.baseScenario(new ControllerChoice(ScenarioFactory.canonicalControllerName(
                    context.registry(), ControllerOptions.DEFAULT_CONTROLLER), null));
            HardwareDriverSpec rigSpec = rigSpec(base, faults, delay);
            try (HardwareDriver rig = context.registry().hardwareDriver(SimulatedRigProvider.NAME).create(rigSpec);
                    PlantEndpoint endpoint = new PlantEndpoint(address, faults)) {
                try {
                    endpoint.open();
                } catch (HardwareException e) {
                    throw new IllegalArgumentException(e.getMessage(), e);
                }
                rig.open();
                rig.start();
                double[] initial = rig instanceof SimulatedRig simulated ? simulated.measuredState(new double[StateIndex.DIMENSION])
                        : base.initialState();
                InetSocketAddress local = endpoint.localAddress();
                long maxSteps = bounded ? base.steps() : Long.MAX_VALUE;
                out.println(LISTENING + new HostPort(local.getHostString(), local.getPort()) + " (" + mode
                        + ", dt " + base.dt() + " s, plant " + base.plant().provider().name() + ", "
                        + base.integrator().provider().name() + (bounded ? ", " + maxSteps + " periods" : "")
                        + (mode == PlantMode.REALTIME ? ", watchdog " + watchdog + " s" : "") + ")");
                out.flush();
                PlantServer loop = new PlantServer(endpoint, rig, initial, mode, Math.round(base.dt() * 1e9),
                        watchdog, maxSteps, idle);
                try (StopOnSignal signal = new StopOnSignal("dip-hil-plant-stop", () -> { })) {
                    PlantServer.End end = loop.serve(signal.cancellation());
                    report(out, loop, end, endpoint, base.dt());
                }
            }
        }
        return 0;
    }

    /**
     * @param scenario the plant's scenario
     * @param faults   the injected faults ({@code noise} sets the sensor noise of every component)
     * @param delay    the actuator delay (periods)
     * @return the rig's spec: the scenario's plant, timing, limit and sensor; no watchdog of its own (the server's
     *         loop keeps the watchdog)
     */
    static HardwareDriverSpec rigSpec(Scenario scenario, FaultSpec faults, int delay) {
        double[] noise = scenario.sensor().noiseStd();
        if (faults.sensorNoise() > 0) {
            Arrays.fill(noise, faults.sensorNoise());
        }
        Map<String, Object> options = new LinkedHashMap<>();
        options.put(SimulatedRig.DELAY_STEPS, delay);
        options.put(SimulatedRig.NOISE_STD, list(noise));
        options.put(SimulatedRig.QUANTIZATION, list(scenario.sensor().quantum()));
        return new HardwareDriverSpec(scenario.dt(), scenario.maxForce(), scenario.initialState(),
                Double.POSITIVE_INFINITY, scenario.seed(), scenario.integrator().create(scenario.plant().create()),
                Options.of("hil." + SimulatedRigProvider.NAME, options));
    }

    private static List<Double> list(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static void report(PrintWriter out, PlantServer loop, PlantServer.End end, PlantEndpoint endpoint,
            double dt) {
        out.println("hil plant: " + (end == PlantServer.End.DURATION ? "ran its duration" : "stopped") + " after "
                + loop.steps() + " periods (" + String.format(Locale.ROOT, "%.3f", loop.steps() * dt)
                + " s of plant time)");
        out.println("  commands: " + HilReport.line(endpoint.counters()) + ", refused after the end "
                + loop.refused());
        out.println("  injected: " + HilReport.line(endpoint.injected()));
        if (loop.watchdogTripped()) {
            out.println("  watchdog: TRIPPED at period " + loop.watchdogStep() + " (t = "
                    + String.format(Locale.ROOT, "%.3f", loop.watchdogStep() * dt)
                    + " s): force 0 N from then on, fault latched");
        } else {
            out.println("  watchdog: not tripped");
        }
        if (loop.overruns() > 0) {
            out.println("  real-time periods started late: " + loop.overruns());
        }
        double[] state = loop.lastState(new double[StateIndex.DIMENSION]);
        out.println("  last state: " + Arrays.toString(state));
        out.flush();
    }
}
