package io.dip.sim.runtime;

import io.dip.api.ControllerProvider;
import io.dip.api.DynamicsProvider;
import io.dip.api.HardwareDriverProvider;
import io.dip.api.IntegratorProvider;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A kind of plugin the registry knows: its service interface and how to read a provider's name, aliases and
 * description.
 *
 * @param <P> the provider (service) type
 */
public final class PluginKind<P> {

    /** Controllers: {@link ControllerProvider} services. */
    public static final PluginKind<ControllerProvider> CONTROLLER = new PluginKind<>("controller", "controller",
            ControllerProvider.class, ControllerProvider::name, ControllerProvider::aliases,
            ControllerProvider::description);

    /** Plant models: {@link DynamicsProvider} services. */
    public static final PluginKind<DynamicsProvider> DYNAMICS = new PluginKind<>("dynamics", "dynamics model",
            DynamicsProvider.class, DynamicsProvider::name, DynamicsProvider::aliases,
            DynamicsProvider::description);

    /** Integrators: {@link IntegratorProvider} services. */
    public static final PluginKind<IntegratorProvider> INTEGRATOR = new PluginKind<>("integrator", "integrator",
            IntegratorProvider.class, IntegratorProvider::name, IntegratorProvider::aliases,
            IntegratorProvider::description);

    /** Hardware drivers: {@link HardwareDriverProvider} services. */
    public static final PluginKind<HardwareDriverProvider> HARDWARE_DRIVER = new PluginKind<>("driver",
            "hardware driver", HardwareDriverProvider.class, HardwareDriverProvider::name,
            HardwareDriverProvider::aliases, HardwareDriverProvider::description);

    /** Every kind, in listing order. */
    public static final List<PluginKind<?>> ALL = List.of(CONTROLLER, DYNAMICS, INTEGRATOR, HARDWARE_DRIVER);

    private final String label;
    private final String noun;
    private final Class<P> type;
    private final Function<P, String> name;
    private final Function<P, Set<String>> aliases;
    private final Function<P, String> description;

    private PluginKind(String label, String noun, Class<P> type, Function<P, String> name,
            Function<P, Set<String>> aliases, Function<P, String> description) {
        this.label = label;
        this.noun = noun;
        this.type = type;
        this.name = name;
        this.aliases = aliases;
        this.description = description;
    }

    /** @return the short label used in listings: {@code controller}, {@code dynamics}, {@code integrator} or
     *         {@code driver} */
    public String label() {
        return label;
    }

    /** @return the noun used in messages, e.g. {@code dynamics model} */
    public String noun() {
        return noun;
    }

    /** @return the service interface */
    public Class<P> type() {
        return type;
    }

    /** @return the provider's declared name (not normalised) */
    String nameOf(P provider) {
        return name.apply(provider);
    }

    /** @return the provider's declared aliases (not normalised) */
    Set<String> aliasesOf(P provider) {
        return aliases.apply(provider);
    }

    /** @return the provider's one-line description */
    String descriptionOf(P provider) {
        return description.apply(provider);
    }

    @Override
    public String toString() {
        return label;
    }
}
