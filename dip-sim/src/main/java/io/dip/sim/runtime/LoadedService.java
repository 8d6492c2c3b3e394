package io.dip.sim.runtime;

/**
 * One service instance found by {@link ServiceScanner}, with where it came from.
 *
 * @param instance the instantiated service
 * @param source   {@code classpath} or the plugin jar's file name
 * @param <S>      the service type
 */
record LoadedService<S>(S instance, String source) {

    /** @return {@code com.acme.Provider (acme.jar)} */
    String describe() {
        return instance.getClass().getName() + " (" + source + ")";
    }
}
