package io.dip.sim.runtime;

import java.util.Locale;

/**
 * Normalisation of plugin names as written by users: surrounding blanks removed, lower case, {@code '-'} and
 * {@code ' '} replaced by {@code '_'}; so {@code " STA-SMC "} and {@code "sta smc"} both become {@code sta_smc}.
 */
public final class PluginNames {

    private PluginNames() {
    }

    /**
     * @param name a name or alias as written
     * @return its normalised form
     * @throws IllegalArgumentException when the name is null or blank
     */
    public static String normalise(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a plugin name must not be blank, got "
                    + (name == null ? "null" : "'" + name + "'"));
        }
        return name.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
