package io.dip.api;

/**
 * Raised when a controller reaches its nominal model through a {@link DynamicsRef} after the model's owner
 * released it (the last strong reference was dropped and the model was collected, or the reference was cleared).
 */
public final class DynamicsReleasedException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /** @param what a description of the model that is gone, e.g. {@code "nominal model 'full'"} */
    public DynamicsReleasedException(String what) {
        super("the " + what + " has been released: its owner no longer holds it. Keep a strong reference to "
                + "the dynamics model for the whole run (the simulation engine does), or create the controller "
                + "again with a live model");
    }
}
