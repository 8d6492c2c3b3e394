package io.dip.web;

/**
 * What one dashboard server allows, so that its memory and disk stay bounded whatever it is asked.
 *
 * @param maxJobs       jobs running at once; a further one is refused with HTTP 429
 * @param keep          jobs held (finished ones beyond this are evicted, oldest first, outputs deleted)
 * @param maxRuns       runs of one Monte Carlo study
 * @param maxSteps      control steps of one simulated run ({@code duration / dt})
 * @param studyThreads  worker threads of one Monte Carlo study or tune
 */
record ServerLimits(int maxJobs, int keep, int maxRuns, long maxSteps, int studyThreads) {

    /**
     * @throws IllegalArgumentException naming the {@code dip serve} option of a value out of range
     */
    ServerLimits {
        positive("--max-jobs", maxJobs);
        positive("--keep", keep);
        positive("--max-runs", maxRuns);
        positive("--max-steps", maxSteps);
        positive("--threads", studyThreads);
        if (keep < maxJobs) {
            throw new IllegalArgumentException("--keep must be >= --max-jobs (" + maxJobs + "), got " + keep);
        }
    }

    private static void positive(String option, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be >= 1, got " + value);
        }
    }

    /**
     * @param steps the control steps of a run
     * @throws IllegalArgumentException when they exceed {@link #maxSteps}
     */
    void checkSteps(long steps) {
        if (steps > maxSteps) {
            throw new IllegalArgumentException("the run takes " + steps + " steps (duration / dt); this server runs "
                    + "at most " + maxSteps + " (dip serve --max-steps)");
        }
    }

    /**
     * @param runs the runs of a Monte Carlo study
     * @throws IllegalArgumentException when they exceed {@link #maxRuns}
     */
    void checkRuns(int runs) {
        if (runs > maxRuns) {
            throw new IllegalArgumentException("montecarlo.runs must be <= " + maxRuns + " on this server "
                    + "(dip serve --max-runs), got " + runs);
        }
    }
}
