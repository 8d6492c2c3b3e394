package io.dip.api;

import java.util.Set;

/**
 * A ServiceLoader service that creates integrators by name (registered in
 * {@code META-INF/services/io.dip.api.IntegratorProvider}). Implementations are stateless and thread-safe.
 */
public interface IntegratorProvider {

    /** @return the integrator's name, e.g. {@code rk45} */
    String name();

    /** @return other names it answers to */
    default Set<String> aliases() {
        return Set.of();
    }

    /** @return one line on what the method is */
    String description();

    /**
     * @param model   the plant model to integrate (the integrator holds it strongly: it belongs to the run)
     * @param options method options, e.g. {@code atol}, {@code rtol} for {@code rk45}; unknown keys are errors
     * @return a new integrator (confine it to one thread)
     */
    Integrator create(DynamicsModel model, Options options);
}
