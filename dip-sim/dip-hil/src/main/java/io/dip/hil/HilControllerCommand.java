package io.dip.hil;

import io.dip.hardware.udp.HostPort;
import io.dip.hardware.udp.UdpLinkProvider;
import io.dip.sim.cli.CommonOptions;
import io.dip.sim.cli.ControllerOptions;
import io.dip.sim.cli.LoopOptions;
import io.dip.sim.cli.OutputOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dip hil controller}: runs a controller against any plant that speaks the HIL protocol, and prints the
 * {@code dip simulate} summary plus the link's figures ({@link HilReport}). Flags shared with {@code simulate} mean
 * the same; {@code --plant} is the plant server's address here (its model is the server's business).
 */
@Command(name = "controller", sortOptions = false,
        description = "Run a controller against a plant server over UDP; print the simulate summary plus round-trip "
                + "latency p50/p99/max, packets lost/stale/duplicate/corrupt and deadline misses.")
public final class HilControllerCommand implements Callable<Integer> {

    @Option(names = "--plant", paramLabel = "HOST:PORT",
            description = "The plant server's address (required with the udp_link driver).")
    private String plant;

    @Option(names = "--bind", paramLabel = "HOST:PORT", defaultValue = HostPort.LOOPBACK + ":0",
            description = "Local address; port 0 takes a free port. Default: ${DEFAULT-VALUE}.")
    private String bind;

    @Option(names = "--driver", paramLabel = "NAME", defaultValue = UdpLinkProvider.NAME,
            description = "Hardware driver to run against (see 'dip plugins'). Default: ${DEFAULT-VALUE}.")
    private String driver;

    @Option(names = "--driver-option", paramLabel = "KEY=VALUE",
            description = "An option of a driver other than udp_link (repeatable).")
    private Map<String, String> driverOptions = new LinkedHashMap<>();

    @Mixin
    private ClientOptions client;

    @Mixin
    private LinkOptions link;

    @Mixin
    private ControllerOptions controller;

    @Mixin
    private LoopOptions scenario;

    @Mixin
    private OutputOptions outputs;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        HostPort plantAddress = plant == null ? null : HostPort.parse("--plant", plant);
        HostPort local = HostPort.parse("--bind", bind);
        ControllerRunner runner = new ControllerRunner(controller, scenario.overrides(), common, outputs, client,
                link);
        try (StopOnSignal signal = new StopOnSignal("dip-hil-controller-stop", () -> { })) {
            return runner.run(driver, plantAddress == null ? null : () -> plantAddress, local, driverOptions,
                    signal.cancellation(), spec.commandLine().getOut());
        }
    }
}
