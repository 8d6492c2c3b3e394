package io.dip.sim.engine;

/**
 * Which throwables end a run as {@link StopStatus#ERROR} rather than ending the program, and the one-line reason a
 * result records for them.
 */
public final class RunErrors {

    /** Longest reason kept (characters). */
    static final int MAX_REASON = 300;

    private RunErrors() {
    }

    /**
     * @param thrown what a run threw
     * @return true when it is the run's own failure (an exception, an assertion, a stack overflow, a plugin's
     *         linkage error); false for a JVM failure such as running out of memory, which must end the program
     */
    public static boolean isRunFailure(Throwable thrown) {
        return !(thrown instanceof VirtualMachineError) || thrown instanceof StackOverflowError;
    }

    /**
     * @param thrown what a run threw
     * @return {@code "<SimpleClassName>: <message>"} on one line, at most {@value #MAX_REASON} characters
     */
    public static String reason(Throwable thrown) {
        String message = thrown.getMessage();
        String text = thrown.getClass().getSimpleName()
                + (message == null || message.isBlank() ? "" : ": " + message.replaceAll("\\s+", " ").strip());
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON - 1) + "…";
    }
}
