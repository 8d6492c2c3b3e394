package io.dip.api;

import java.lang.ref.WeakReference;

/**
 * The only way a controller reaches a dynamics model: a weak reference, so that a controller never keeps a
 * model (and whatever the model keeps) alive. The owner of the model — normally the simulation engine — holds
 * the strong reference for the whole run.
 *
 * <p>{@link #get()} is allocation-free and returns the model or throws {@link DynamicsReleasedException}.
 * {@link #clear()} is called by {@link Controller#close()}.
 */
public final class DynamicsRef {

    private final String description;
    private volatile WeakReference<DynamicsModel> reference;

    private DynamicsRef(DynamicsModel model) {
        this.description = "nominal dynamics model '" + model.name() + "'";
        this.reference = new WeakReference<>(model);
    }

    /**
     * @param model the model; the caller keeps the strong reference
     * @return a weak handle on it
     */
    public static DynamicsRef of(DynamicsModel model) {
        if (model == null) {
            throw new IllegalArgumentException("dynamics model must not be null");
        }
        return new DynamicsRef(model);
    }

    /**
     * @return the model
     * @throws DynamicsReleasedException when the model was collected or this reference was cleared
     */
    public DynamicsModel get() {
        WeakReference<DynamicsModel> current = reference;
        DynamicsModel model = current == null ? null : current.get();
        if (model == null) {
            throw new DynamicsReleasedException(description);
        }
        return model;
    }

    /** @return true when {@link #get()} would throw */
    public boolean isReleased() {
        WeakReference<DynamicsModel> current = reference;
        return current == null || current.get() == null;
    }

    /** Drops the reference; later {@link #get()} calls throw. Idempotent. */
    public void clear() {
        WeakReference<DynamicsModel> current = reference;
        if (current != null) {
            current.clear();
        }
        reference = null;
    }
}
