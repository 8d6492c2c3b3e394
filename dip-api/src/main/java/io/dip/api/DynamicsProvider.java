package io.dip.api;

import java.util.Set;

/**
 * A ServiceLoader service that creates plant models by name (registered in
 * {@code META-INF/services/io.dip.api.DynamicsProvider}). Implementations are stateless and thread-safe.
 */
public interface DynamicsProvider {

    /** @return the model's name, e.g. {@code full}; normalised (lower case, {@code _} separators) */
    String name();

    /** @return other names the model answers to, e.g. {@code lowrank} for {@code linear} */
    default Set<String> aliases() {
        return Set.of();
    }

    /** @return one line on what the model is */
    String description();

    /**
     * @param parameters validated physical parameters
     * @return a new model instance (confine it to one thread)
     */
    DynamicsModel create(PhysicalParameters parameters);
}
