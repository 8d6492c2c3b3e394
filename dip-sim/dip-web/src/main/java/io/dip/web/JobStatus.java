package io.dip.web;

/** Where a job is in its life. */
enum JobStatus {
    /** Accepted, waiting for a worker. */
    QUEUED,
    /** Running. */
    RUNNING,
    /** Ended and its outputs are ready (a simulation that ended FELL or CANCELLED is also DONE: see its summary). */
    DONE,
    /** Stopped by an error; the job's {@code error} tells why. */
    FAILED;

    /** @return true once the job will not change any more */
    boolean isFinal() {
        return this == DONE || this == FAILED;
    }
}
