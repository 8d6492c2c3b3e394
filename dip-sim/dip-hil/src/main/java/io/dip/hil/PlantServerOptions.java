package io.dip.hil;

import picocli.CommandLine.Option;

/** The plant server's own flags: {@code --mode}, {@code --watchdog} and {@code --actuator-delay}. */
public final class PlantServerOptions {

    /** Default watchdog (s), docs/model.md §10. */
    public static final double DEFAULT_WATCHDOG = 0.1;

    @Option(names = "--mode", paramLabel = "lockstep|realtime", defaultValue = "lockstep",
            description = "lockstep: one plant period per accepted command (the trajectory equals 'dip simulate''s); "
                    + "realtime: the plant runs on its own clock every dt holding the last command. Default: "
                    + "${DEFAULT-VALUE}.")
    private String mode;

    @Option(names = "--watchdog", paramLabel = "S", defaultValue = "0.1",
            description = "Real time: after this long without a valid command the force becomes 0 N and a fault "
                    + "is latched (s). Default: ${DEFAULT-VALUE}.")
    private double watchdog;

    @Option(names = "--actuator-delay", paramLabel = "N", defaultValue = "0",
            description = "The rig's actuator applies each command N control periods late. Default: ${DEFAULT-VALUE}.")
    private int actuatorDelay;

    /**
     * @return the mode
     * @throws IllegalArgumentException for an unknown mode
     */
    public PlantMode mode() {
        return PlantMode.parse(mode);
    }

    /**
     * @return the watchdog time (s)
     * @throws IllegalArgumentException when not finite and &gt; 0
     */
    public double watchdog() {
        if (!(watchdog > 0) || !Double.isFinite(watchdog)) {
            throw new IllegalArgumentException("--watchdog must be finite and > 0 s, got " + watchdog);
        }
        return watchdog;
    }

    /**
     * @return the actuator delay (control periods)
     * @throws IllegalArgumentException when negative
     */
    public int actuatorDelay() {
        if (actuatorDelay < 0) {
            throw new IllegalArgumentException("--actuator-delay must be >= 0 periods, got " + actuatorDelay);
        }
        return actuatorDelay;
    }
}
