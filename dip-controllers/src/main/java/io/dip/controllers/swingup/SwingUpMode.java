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

    private static final SwingUpMode[] ALL = values();

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
        String[] labels = new String[ALL.length];
        for (SwingUpMode mode : ALL) {
            labels[mode.ordinal()] = mode.label();
        }
        return labels;
    }
}
