package io.dip.hil;

import io.dip.api.HardwareDriver;
import io.dip.api.HardwareDriverProvider;
import io.dip.api.HardwareDriverSpec;
import io.dip.api.HardwareException;
import io.dip.api.Options;
import io.dip.hardware.udp.FaultSpec;
import io.dip.hardware.udp.HostPort;
import io.dip.hardware.udp.UdpLink;
import io.dip.hardware.udp.UdpLinkProvider;
import io.dip.sim.cli.CommonOptions;
import io.dip.sim.cli.ControllerOptions;
import io.dip.sim.cli.FlagOverrides;
import io.dip.sim.cli.OutputOptions;
import io.dip.sim.cli.RunRecording;
import io.dip.sim.cli.ScenarioContext;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.realtime.IdleStrategy;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The controller end of {@code dip hil controller} and {@code dip hil run}: checks every flag, builds the scenario
 * as {@code dip simulate} does, opens the driver (the UDP link to {@code plant} unless another driver is named),
 * runs {@link HilClient}, writes the requested files and prints the {@link HilReport}.
 */
final class ControllerRunner {

    private final ControllerOptions controller;
    private final FlagOverrides scenarioFlags;
    private final CommonOptions common;
    private final OutputOptions outputs;
    private final ClientOptions client;
    private final LinkOptions link;

    /**
     * @param controller    {@code --controller}, {@code --gains}
     * @param scenarioFlags the scenario flags as configuration overrides
     * @param common        {@code --config}, {@code --set}, {@code --plugins}
     * @param outputs       {@code --csv}, {@code --json}, {@code --plot}
     * @param client        {@code --timeout}, {@code --retries}, {@code --give-up}, {@code --realtime}
     * @param link          {@code --inject}, {@code --idle}
     */
    ControllerRunner(ControllerOptions controller, FlagOverrides scenarioFlags, CommonOptions common,
            OutputOptions outputs, ClientOptions client, LinkOptions link) {
        this.controller = controller;
        this.scenarioFlags = scenarioFlags;
        this.common = common;
        this.outputs = outputs;
        this.client = client;
        this.link = link;
    }

    /**
     * @param driverName   the driver ({@value UdpLinkProvider#NAME} for a plant server)
     * @param plant        gives the plant server's address (UDP link) once every flag is checked, or null
     * @param bind         the local address (UDP link)
     * @param extraOptions the driver's other options ({@code --driver-option})
     * @param cancellation set by Ctrl-C
     * @param out          where the report goes
     * @return the exit code
     * @throws IllegalArgumentException for a bad flag or an address that cannot be bound (exit code 2)
     */
    int run(String driverName, Supplier<HostPort> plant, HostPort bind, Map<String, String> extraOptions,
            Cancellation cancellation, PrintWriter out) {
        FaultSpec faults = link.faults();
        IdleStrategy idle = link.idle();
        int retries = client.retries();
        long giveUp = client.giveUpNanos();
        try (ScenarioContext context = ScenarioContext.open(common, scenarioFlags)) {
            Scenario base = context.baseScenario(controller.resolve(context.registry()));
            long timeout = client.timeoutNanos(base.dt());
            HardwareDriverProvider provider = context.registry().hardwareDriver(driverName);
            Map<String, Object> options = new LinkedHashMap<>();
            extraOptions.forEach((key, value) -> options.put(key, scalar(value)));
            if (provider.name().equals(UdpLinkProvider.NAME)) {
                if (plant == null) {
                    throw new IllegalArgumentException("--plant HOST:PORT (the plant server's address) is required");
                }
                options.put(UdpLink.PLANT, plant.get().toString());
                options.put(UdpLink.BIND, bind.toString());
                options.put(UdpLink.INJECT, faults.format());
            }
            HardwareDriverSpec spec = new HardwareDriverSpec(base.dt(), base.maxForce(), base.initialState(),
                    Double.POSITIVE_INFINITY, base.seed(), base.integrator().create(base.plant().create()),
                    Options.of("hil." + provider.name(), options));
            RunRecording recording = outputs.recording(base, context.config());
            try (HardwareDriver driver = provider.create(spec)) {
                openDriver(driver);
                driver.start();
                HilOutcome outcome = HilClient.run(base, recording.recorder(), driver,
                        new HilClient.Timing(timeout, retries, giveUp, idle, client.realtime()), cancellation);
                outputs.writeFiles(outcome.result(), recording, context.config(),
                        document -> HilReport.addJson(document, outcome));
                HilReport.print(outcome, out);
                outputs.printWritten(out);
            }
        }
        out.flush();
        return 0;
    }

    /**
     * @param text a {@code --driver-option} value
     * @return it as a number or a boolean when it reads as one (as YAML would), else the text
     */
    static Object scalar(String text) {
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException notInteger) {
            try {
                return Double.valueOf(text);
            } catch (NumberFormatException notNumber) {
                return text;
            }
        }
    }

    private static void openDriver(HardwareDriver driver) {
        try {
            driver.open();
        } catch (HardwareException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
