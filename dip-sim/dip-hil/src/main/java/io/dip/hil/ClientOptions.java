package io.dip.hil;

import picocli.CommandLine.Option;

/**
 * The controller end's timing flags: {@code --timeout}, {@code --retries}, {@code --give-up} and
 * {@code --realtime}.
 */
public final class ClientOptions {

    @Option(names = "--timeout", paramLabel = "S",
            description = "Wait this long for each reply (s); without one the next command is 0 N and a deadline "
                    + "miss is counted. Default: 0.1, or dt with --realtime.")
    private Double timeout;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "2",
            description = "Send a command again (same seq) up to N times within its timeout while no reply has "
                    + "come; the plant answers a repeat without stepping twice. Default: ${DEFAULT-VALUE}.")
    private int retries;

    @Option(names = "--give-up", paramLabel = "S", defaultValue = "1",
            description = "Stop with status LINK_LOST after this long without a valid reply (s of wall clock). "
                    + "Default: ${DEFAULT-VALUE}.")
    private double giveUp;

    @Option(names = "--realtime",
            description = "Pace the controller against the wall clock, one command per control period dt (for a "
                    + "plant in real-time mode); without it each command goes as soon as the last reply is in.")
    private boolean realtime;

    /**
     * @param dt the control period (s)
     * @return the reply timeout (ns)
     * @throws IllegalArgumentException when not finite and &gt; 0
     */
    public long timeoutNanos(double dt) {
        double seconds = timeout != null ? timeout : realtime ? dt : 0.1;
        if (!(seconds > 0) || !Double.isFinite(seconds) || seconds > 3600) {
            throw new IllegalArgumentException("--timeout must be > 0 and <= 3600 s, got " + seconds);
        }
        return Math.max(1, Math.round(seconds * 1e9));
    }

    /**
     * @return the retransmissions per command
     * @throws IllegalArgumentException when negative or above 100
     */
    public int retries() {
        if (retries < 0 || retries > 100) {
            throw new IllegalArgumentException("--retries must be in 0..100, got " + retries);
        }
        return retries;
    }

    /**
     * @return the give-up time (ns)
     * @throws IllegalArgumentException when not finite and &gt; 0
     */
    public long giveUpNanos() {
        if (!(giveUp > 0) || !Double.isFinite(giveUp) || giveUp > 86_400) {
            throw new IllegalArgumentException("--give-up must be > 0 and <= 86400 s, got " + giveUp);
        }
        return Math.round(giveUp * 1e9);
    }

    /** Paces the controller, as {@code --realtime} does (for a plant known to run in real time). */
    void pace() {
        realtime = true;
    }

    /** @return true for a paced controller */
    public boolean realtime() {
        return realtime;
    }
}
