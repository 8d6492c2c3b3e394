package io.dip.sim.cli;

import io.dip.sim.runtime.PluginRegistry;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --plugins DIR} option, as a picocli mixin. */
public final class PluginOptions {

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Directory of plugin jars to load in addition to the built-in providers "
                    + "(every *.jar in it, each with its own class loader).")
    private Path pluginsDirectory;

    /** @return the plugins directory given, or null */
    public Path pluginsDirectory() {
        return pluginsDirectory;
    }

    /**
     * @return the registry of the class-path providers and those of {@code --plugins}; close it when done
     * @throws io.dip.sim.runtime.PluginException on any start-up failure of the plugins
     */
    public PluginRegistry openRegistry() {
        return PluginRegistry.load(pluginsDirectory);
    }
}
