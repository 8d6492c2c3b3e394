package io.dip.api;

import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Finds controller providers by name or alias, for a controller that is built from others (a swing-up hands over
 * to a stabilising controller). The runtime passes its own catalog — class path and plugin jars — to
 * {@link ControllerProvider#create(ControllerSpec, DynamicsRef, ControllerCatalog)}.
 */
@FunctionalInterface
public interface ControllerCatalog {

    /**
     * @param name a provider name or alias
     * @return the provider, or empty when none answers to the name
     */
    Optional<ControllerProvider> find(String name);

    /**
     * The providers registered with {@link ServiceLoader} in a class loader, looked up afresh on each call (for
     * creation time, not the control path).
     *
     * @param loader the class loader to search
     * @return the catalog
     */
    static ControllerCatalog serviceLoader(ClassLoader loader) {
        return name -> {
            String wanted = name.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            for (ControllerProvider provider : ServiceLoader.load(ControllerProvider.class, loader)) {
                if (provider.name().equals(wanted) || provider.aliases().contains(wanted)) {
                    return Optional.of(provider);
                }
            }
            return Optional.empty();
        };
    }
}
