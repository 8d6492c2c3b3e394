package io.dip.sim.engine;

/**
 * A run of a batch threw: names the scenario (index and name); the cause is the run's exception, and the
 * exceptions of other failing runs of the batch are attached as suppressed.
 */
public final class BatchRunException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int index;

    /**
     * @param index    index of the scenario in the batch
     * @param scenario its name
     * @param cause    what it threw
     */
    public BatchRunException(int index, String scenario, Throwable cause) {
        super("scenario #" + index + " '" + scenario + "' failed: " + cause, cause);
        this.index = index;
    }

    /** @return index of the failing scenario in the batch */
    public int index() {
        return index;
    }
}
