package io.dip.sim.runtime;

import io.dip.api.ControllerProvider;
import io.dip.api.ParameterSpace;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A provider being registered: its normalised name and aliases, read once, with its source.
 *
 * @param kind        the plugin kind
 * @param provider    the provider instance
 * @param name        the normalised name
 * @param aliases     the normalised aliases, sorted, without the name
 * @param description the one-line description
 * @param gains       a controller's gain space, else null
 * @param source      {@code classpath} or the jar file name, plus the binding module when there is one
 */
record Candidate<P>(PluginKind<P> kind, P provider, String name, List<String> aliases, String description,
        ParameterSpace gains, String source) {

    /**
     * Reads a provider's name, aliases, description and (for controllers) gains.
     *
     * @throws PluginException naming the class and source when the provider throws or returns a blank name
     */
    static <P> Candidate<P> of(PluginKind<P> kind, P provider, String source) {
        String where = provider.getClass().getName() + " (" + source + ")";
        try {
            String name = PluginNames.normalise(kind.nameOf(provider));
            Set<String> declared = kind.aliasesOf(provider);
            TreeSet<String> aliases = new TreeSet<>();
            if (declared != null) {
                for (String alias : declared) {
                    aliases.add(PluginNames.normalise(alias));
                }
            }
            aliases.remove(name);
            String description = kind.descriptionOf(provider);
            ParameterSpace gains = provider instanceof ControllerProvider controller ? controller.gains() : null;
            if (provider instanceof ControllerProvider && gains == null) {
                throw new IllegalStateException("gains() returned null");
            }
            return new Candidate<>(kind, provider, name, List.copyOf(aliases),
                    description == null ? "" : description, gains, source);
        } catch (RuntimeException | LinkageError e) {
            throw new PluginException(kind.noun() + " provider " + where + " failed while describing itself: "
                    + ServiceScanner.describe(e), e);
        }
    }

    /** @return {@code com.acme.Provider (acme.jar)} */
    String describe() {
        return provider.getClass().getName() + " (" + source + ")";
    }

    /** @return the registry's public view of this provider */
    PluginInfo info() {
        return new PluginInfo(kind, name, aliases, description, source, provider.getClass().getName(), gains);
    }
}
