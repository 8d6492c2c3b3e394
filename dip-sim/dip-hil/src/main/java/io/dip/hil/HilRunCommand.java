package io.dip.hil;

import io.dip.hardware.udp.HostPort;
import io.dip.hardware.udp.UdpLinkProvider;
import io.dip.sim.cli.CommonOptions;
import io.dip.sim.cli.ControllerOptions;
import io.dip.sim.cli.OutputOptions;
import io.dip.sim.cli.ScenarioOptions;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dip hil run}: the plant server in a child process on a free loopback port ({@link PlantProcess}) and the
 * controller in this one, against it, once every flag has been checked here. Every flag the plant server also takes ({@code --mode}, {@code --watchdog},
 * {@code --actuator-delay}, {@code --inject}, {@code --idle}, the scenario flags with {@code --plant MODEL},
 * {@code --config}, {@code --set}, {@code --plugins}) is passed on to it, so both ends share the scenario; with
 * {@code --mode realtime} the controller is paced as with {@code --realtime}. The child
 * is stopped when the run ends, fails, or is interrupted (Ctrl-C), and its counters are printed after the
 * controller's report.
 */
@Command(name = "run", sortOptions = false,
        description = "Start the plant server as a child process on a free loopback port and run the controller "
                + "against it; stop both on exit, error and Ctrl-C.")
public final class HilRunCommand implements Callable<Integer> {

    @Mixin
    private PlantServerOptions server;

    @Mixin
    private ClientOptions client;

    @Mixin
    private LinkOptions link;

    @Mixin
    private ControllerOptions controller;

    @Mixin
    private ScenarioOptions scenario;

    @Mixin
    private OutputOptions outputs;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (server.mode() == PlantMode.REALTIME) {
            client.pace();
        }
        server.watchdog();
        server.actuatorDelay();
        ControllerRunner runner = new ControllerRunner(controller, scenario.overrides(), common, outputs, client,
                link);
        List<String> plantArguments = plantArguments();
        AtomicReference<PlantProcess> child = new AtomicReference<>();
        Supplier<HostPort> startPlant = () -> {
            PlantProcess plant = PlantProcess.start(plantArguments);
            child.set(plant);
            out.println("hil run: plant server pid " + plant.pid() + " on " + plant.address());
            out.flush();
            return plant.address();
        };
        try (StopOnSignal signal = new StopOnSignal("dip-hil-run-stop", () -> stop(child.get()))) {
            try {
                return runner.run(UdpLinkProvider.NAME, startPlant, new HostPort(HostPort.LOOPBACK, 0), Map.of(),
                        signal.cancellation(), out);
            } finally {
                PlantProcess plant = child.get();
                if (plant != null) {
                    plant.close();
                    for (String line : plant.output()) {
                        out.println("plant | " + line);
                    }
                    out.flush();
                }
            }
        }
    }

    private static void stop(PlantProcess plant) {
        if (plant != null) {
            plant.close();
        }
    }

    /** @return {@code --bind 127.0.0.1:0} and every matched flag the plant command also takes, as given */
    private List<String> plantArguments() {
        CommandSpec plantSpec = new CommandLine(new HilPlantCommand()).getCommandSpec();
        List<String> arguments = new ArrayList<>(List.of("--bind", HostPort.LOOPBACK + ":0"));
        for (OptionSpec option : spec.commandLine().getParseResult().matchedOptions()) {
            if (plantSpec.findOption(option.longestName()) == null) {
                continue;
            }
            if (option.arity().max() == 0) {
                arguments.add(option.longestName());
                continue;
            }
            for (String value : option.originalStringValues()) {
                arguments.add(option.longestName());
                arguments.add(value);
            }
        }
        return arguments;
    }
}
