package io.dip.sim.cli;

import io.dip.sim.engine.BatchRunner;
import picocli.CommandLine.Option;

/** The {@code --threads N} option of commands that run several simulations, as a picocli mixin. */
public final class ThreadOptions {

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads (default: one per available processor). Results do not depend on it.")
    private Integer threads;

    /** @return true when {@code --threads} was given */
    boolean given() {
        return threads != null;
    }

    /**
     * @return a batch runner with the requested threads, else one per available processor
     * @throws IllegalArgumentException for fewer than one thread
     */
    public BatchRunner runner() {
        if (threads == null) {
            return BatchRunner.allCores();
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + threads);
        }
        return new BatchRunner(threads);
    }
}
