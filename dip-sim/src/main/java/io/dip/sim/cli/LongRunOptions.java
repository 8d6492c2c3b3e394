package io.dip.sim.cli;

import picocli.CommandLine.Option;

/**
 * The options of a command that may run long, as a picocli mixin: {@code --progress/--no-progress} (a progress bar
 * with ETA on standard error; by default only when standard error is a terminal, see {@link StderrTerminal}) and
 * {@code --force} (run a request above the {@link StepLimit}).
 */
public final class LongRunOptions {

    @Option(names = "--progress", negatable = true,
            description = "Draw a progress bar with ETA on stderr. Default: only when stderr is a terminal "
                    + "(never into a redirected log).")
    private Boolean progress;

    @Option(names = "--force",
            description = "Run a request above the limit of " + StepLimit.MAX_STEPS_TEXT + " simulated steps in all "
                    + "(duration / dt per run, times the runs), which is otherwise refused before any work.")
    private boolean force;

    /** @return true when a progress bar is to be drawn */
    boolean showProgress() {
        return progress != null ? progress : StderrTerminal.isTerminal();
    }

    /**
     * @param steps   the simulated steps the request asks for
     * @param request how the request arises, naming its flags
     * @throws IllegalArgumentException above the {@link StepLimit} without {@code --force}
     */
    void checkSteps(double steps, String request) {
        StepLimit.check(steps, request, force);
    }
}
