package io.dip.sim.testing;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.MapBinder;
import io.dip.api.IntegratorProvider;
import io.dip.sim.runtime.DipModule;

/** A {@link DipModule} on the test class path that binds {@link FixtureEulerProvider} with Guice. */
public final class FixtureIntegratorModule extends AbstractModule implements DipModule {

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), String.class, IntegratorProvider.class)
                .addBinding(FixtureEulerProvider.NAME).to(FixtureEulerProvider.class);
    }
}
