package io.dip.controllers.swingup;

/**
 * The modes of {@link SwingUpSmc}, published as the {@code mode} diagnostic (its code) with the mode's name as
 * the value label.
 */
enum SwingUpMode {

    /** Stationary LQR about hanging: brings a failed swing back to rest below the track's centre. */
    SETTLE,
    /** The feedforward swing with time-varying LQR tracking. */
    SWING,
    /** Stationary LQR about upright, after the swing or when the stabiliser lost the pendulum nearby. */
    CATCH,
    /** The stabilising controller holds the pendulum upright. */
    HOLD;

    /** @return the diagnostic value of this mode */
    double code() {
        return ordinal();
    }

    /** @return the lower-case name shown in diagnostics and animations */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** @return the labels in code order */
    static String[] labels() {
        SwingUpMode[] modes = values();
        String[] labels = new String[modes.length];
        for (SwingUpMode mode : modes) {
            labels[mode.ordinal()] = mode.label();
        }
        return labels;
    }
}
