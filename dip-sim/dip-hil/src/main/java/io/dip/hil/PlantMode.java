package io.dip.hil;

import java.util.Locale;

/** How the plant server advances its plant (docs/model.md §10). */
public enum PlantMode {

    /** One period per accepted command (co-simulation): the trajectory equals {@code dip simulate}'s. */
    LOCKSTEP("lockstep"),
    /** One period every dt of wall clock, holding the last accepted force; a watchdog zeroes it when commands stop. */
    REALTIME("realtime");

    private final String label;

    PlantMode(String label) {
        this.label = label;
    }

    /** @return the name used on the command line */
    public String label() {
        return label;
    }

    /**
     * @param text {@code lockstep} or {@code realtime} (any case; {@code lock-step}, {@code real-time} too)
     * @return the mode
     * @throws IllegalArgumentException naming the value and the accepted ones
     */
    public static PlantMode parse(String text) {
        String normalised = text.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        for (PlantMode mode : values()) {
            if (mode.label.equals(normalised)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("--mode: unknown mode '" + text + "' (use lockstep or realtime)");
    }

    @Override
    public String toString() {
        return label;
    }
}
