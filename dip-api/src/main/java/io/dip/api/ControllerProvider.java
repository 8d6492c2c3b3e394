package io.dip.api;

import java.util.Set;

/**
 * The ServiceLoader service of a controller plugin, registered in
 * {@code META-INF/services/io.dip.api.ControllerProvider}. Stateless and safe to call from many threads; each
 * {@link #create} returns a new, thread-confined {@link Controller}.
 */
public interface ControllerProvider {

    /** @return the controller's name, e.g. {@code classical_smc}; lower case with {@code _} separators */
    String name();

    /** @return other names it answers to, e.g. {@code classic_smc} */
    default Set<String> aliases() {
        return Set.of();
    }

    /** @return one line on what the controller is */
    String description();

    /** @return the gains with names, defaults and search bounds, in gain-vector order */
    ParameterSpace gains();

    /**
     * @param spec    gains (null for defaults), control period, actuator limit and options
     * @param nominal the nominal model's reference, never null; the controller takes it over and clears it on
     *                {@link Controller#close()} (the caller owns the model, and passes each controller its own
     *                reference)
     * @return a new controller
     * @throws IllegalArgumentException for a wrong gain count, a non-finite or out-of-domain gain, or a bad
     *                                  option — the message names the gain or the option path and the controller
     */
    Controller create(ControllerSpec spec, DynamicsRef nominal);

    /**
     * Creates a controller that may be built from other controllers found in {@code catalog} (the runtime's
     * providers, plugins included). Providers that need no other controller keep this default, which ignores the
     * catalog.
     *
     * @param spec    gains (null for defaults), control period, actuator and track limits, and options
     * @param nominal the nominal model the controller may consult (the caller owns the model)
     * @param catalog where to find other controller providers by name
     * @return a new controller
     * @throws IllegalArgumentException as {@link #create(ControllerSpec, DynamicsRef)}, or for a controller name
     *                                  the catalog does not know
     */
    default Controller create(ControllerSpec spec, DynamicsRef nominal, ControllerCatalog catalog) {
        return create(spec, nominal);
    }
}
