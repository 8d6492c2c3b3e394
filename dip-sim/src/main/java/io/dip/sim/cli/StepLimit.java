package io.dip.sim.cli;

import java.util.Locale;

/**
 * The largest request a command runs without {@code --force}: {@value #MAX_STEPS_TEXT} simulated steps in all
 * (steps of a run = duration / dt; a batch adds its runs; a tuning budget counts every evaluation of every
 * scenario). At a few million steps per second and thread that is hours of work; a request above it is far more
 * often a slip (a {@code --dt} of {@code 1e-9}, a {@code --duration} of {@code 1e12}) than an intention, so it is
 * refused before any work with exit code 2.
 */
final class StepLimit {

    /** The limit, in simulated steps. */
    static final double MAX_STEPS = 1e11;

    /** {@link #MAX_STEPS} as the documentation writes it. */
    static final String MAX_STEPS_TEXT = "1e11";

    private StepLimit() {
    }

    /**
     * @param steps   the steps the request asks for (a double: the product may exceed a long)
     * @param request how the request arises, naming its flags, e.g. {@code --duration 1e12 s at --dt 0.001 s}
     * @param force   true when {@code --force} was given
     * @throws IllegalArgumentException when {@code steps} exceeds the limit and {@code force} is false
     */
    static void check(double steps, String request, boolean force) {
        if (!force && !(steps <= MAX_STEPS)) {
            throw new IllegalArgumentException(request + " asks for " + count(steps)
                    + " simulated steps, over the limit of " + MAX_STEPS_TEXT + "; add --force to run it");
        }
    }

    /**
     * @param flag  the flag that sets the value, e.g. {@code --dt}
     * @param key   the configuration key that sets it otherwise, e.g. {@code simulation.dt}
     * @param given true when the flag was given
     * @param value the value in effect
     * @return e.g. {@code --dt 1E-9} or {@code simulation.dt 0.001}: the value named by where it came from
     */
    static String source(String flag, String key, boolean given, double value) {
        return (given ? flag : key) + " " + number(value);
    }

    /** @return a step count, e.g. {@code 1e+15} or {@code 40000} */
    static String count(double steps) {
        return number(Math.rint(steps));
    }

    /**
     * @param value a number
     * @return it with at most 6 significant digits and no trailing zeros: plain between 10⁻⁴ and 10⁷
     *         ({@code 0.001}, {@code 40000}), else in exponent form ({@code 1e-09}, {@code 1e+12}, {@code 2.5e+15})
     */
    static String number(double value) {
        double magnitude = Math.abs(value);
        if (!Double.isFinite(value) || magnitude != 0 && (magnitude < 1e-4 || magnitude >= 1e7)) {
            return String.format(Locale.ROOT, "%.5e", value).replaceAll("\\.?0+e", "e");
        }
        return String.format(Locale.ROOT, "%.6g", value).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
