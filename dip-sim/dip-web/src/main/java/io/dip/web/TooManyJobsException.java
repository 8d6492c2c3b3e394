package io.dip.web;

/** A job was refused because the server already runs as many as it allows (HTTP 429). */
final class TooManyJobsException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param limit the number of concurrent jobs allowed */
    TooManyJobsException(int limit) {
        super(limit + " job" + (limit == 1 ? " is" : "s are") + " already running, the most this server runs at "
                + "once (dip serve --max-jobs); try again when one has finished");
    }
}
