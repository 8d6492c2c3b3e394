package io.dip.sim.runtime;

import io.dip.api.ParameterSpace;
import java.util.List;

/**
 * What the registry knows about one provider, for listings such as {@code dip plugins}.
 *
 * @param kind          the plugin kind
 * @param name          the normalised name
 * @param aliases       the normalised aliases, sorted (the name itself excluded)
 * @param description   the provider's one-line description
 * @param source        where it came from: {@code classpath} or the plugin jar's file name, followed by
 *                      {@code (module <class>)} when a {@link DipModule} bound it
 * @param providerClass the provider's class name
 * @param gains         the gain space of a controller; null for the other kinds
 */
public record PluginInfo(PluginKind<?> kind, String name, List<String> aliases, String description, String source,
        String providerClass, ParameterSpace gains) {

    /** Copies the aliases. */
    public PluginInfo {
        aliases = List.copyOf(aliases);
    }
}
