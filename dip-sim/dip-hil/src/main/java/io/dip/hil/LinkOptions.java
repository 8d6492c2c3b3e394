package io.dip.hil;

import io.dip.hardware.udp.FaultSpec;
import io.dip.sim.realtime.IdleStrategy;
import picocli.CommandLine.Option;

/** The flags every {@code dip hil} command takes for its end of the link: {@code --inject} and {@code --idle}. */
public final class LinkOptions {

    /** The idle strategy of the HIL loops unless {@code --idle} says otherwise. */
    public static final IdleStrategy DEFAULT_IDLE = IdleStrategy.YIELD;

    @Option(names = "--inject", paramLabel = "SPEC",
            description = "Seeded faults on this end's send path, e.g. loss=0.05,burst=0.01:0.3,delay=2ms,jitter=1ms,"
                    + "dup=0.01,reorder=0.01,corrupt=0.01,noise=0.001,seed=7: independent loss, Gilbert-Elliott bursts "
                    + "(good-to-bad:bad-to-good probabilities), delay and jitter (ns, us, ms, s), duplication, "
                    + "reordering, one flipped bit (corrupt), sensor noise of the plant (noise, std in the state's "
                    + "units). Default: none.")
    private String inject;

    @Option(names = "--idle", paramLabel = "sleep|yield|busy-spin",
            description = "How the loop waits for datagrams and periods (default: yield).")
    private String idle;

    /**
     * @return the faults to inject
     * @throws IllegalArgumentException naming the bad item of {@code --inject}
     */
    public FaultSpec faults() {
        return FaultSpec.parse(inject);
    }

    /**
     * @return the idle strategy
     * @throws IllegalArgumentException for an unknown one
     */
    public IdleStrategy idle() {
        if (idle == null) {
            return DEFAULT_IDLE;
        }
        try {
            return IdleStrategy.parse(idle);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--idle: " + e.getMessage(), e);
        }
    }
}
