package io.dip.sim.runtime;

import com.google.inject.Module;

/**
 * A Guice module contributed by a plugin, itself found with {@link java.util.ServiceLoader} (register it in
 * {@code META-INF/services/io.dip.sim.runtime.DipModule}; it needs a public no-argument constructor).
 *
 * <p>A module may bind providers into the registry's map binders under their normalised name, for example
 * <pre>{@code
 * MapBinder.newMapBinder(binder(), String.class, ControllerProvider.class)
 *          .addBinding("acme_smc").to(AcmeSmcProvider.class);
 * }</pre>
 * The key must equal the provider's normalised {@code name()}. Plain provider services need no module: the
 * runtime binds them itself.
 */
public interface DipModule extends Module {
}
