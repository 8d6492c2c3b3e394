package io.dip.sim.runtime;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import java.util.List;
import java.util.Map;

/**
 * Binds plain provider services (found by {@link java.util.ServiceLoader}, not through a {@link DipModule}) into
 * {@code MapBinder<String, P>} by normalised name. The map binders permit duplicates so that the registry, not
 * Guice, reports a clash — with both sources named.
 */
final class ProviderBridgeModule extends AbstractModule {

    private final Map<PluginKind<?>, List<Candidate<?>>> providers;

    /** @param providers the plain providers of each kind (every kind of {@link PluginKind#ALL} present) */
    ProviderBridgeModule(Map<PluginKind<?>, List<Candidate<?>>> providers) {
        this.providers = providers;
    }

    @Override
    protected void configure() {
        for (PluginKind<?> kind : PluginKind.ALL) {
            bindAll(kind, providers.get(kind));
        }
    }

    private <P> void bindAll(PluginKind<P> kind, List<Candidate<?>> candidates) {
        MapBinder<String, P> binder = MapBinder.newMapBinder(binder(), String.class, kind.type()).permitDuplicates();
        for (Candidate<?> candidate : candidates) {
            binder.addBinding(candidate.name()).toInstance(kind.type().cast(candidate.provider()));
        }
    }
}
