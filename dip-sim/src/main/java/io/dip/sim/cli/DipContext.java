package io.dip.sim.cli;

import io.dip.sim.config.ConfigException;
import io.dip.sim.config.ConfigPluginCheck;
import io.dip.sim.config.DipConfig;
import io.dip.sim.runtime.PluginRegistry;
import java.nio.file.Path;

/**
 * What a command runs with: the effective configuration and the plugin registry, already checked against each
 * other. Close it when the command is done (that closes the plugin jars).
 */
public final class DipContext implements AutoCloseable {

    private final DipConfig config;
    private final PluginRegistry registry;
    private final Path configFile;

    private DipContext(DipConfig config, PluginRegistry registry, Path configFile) {
        this.config = config;
        this.registry = registry;
        this.configFile = configFile;
    }

    /**
     * @param configOptions where the configuration comes from
     * @param pluginOptions where plugins come from
     * @return the checked context
     * @throws ConfigException for a bad configuration, naming the file when the problem is a provider name or a
     *                         value a provider rejects
     * @throws io.dip.sim.runtime.PluginException for a bad plugin
     */
    static DipContext open(ConfigOptions configOptions, PluginOptions pluginOptions) {
        DipConfig config = configOptions.load();
        Path file = configOptions.configFile();
        PluginRegistry registry = pluginOptions.openRegistry();
        try {
            ConfigPluginCheck.verify(config, registry);
        } catch (ConfigException e) {
            registry.close();
            throw e.locatedAt(file == null ? null : "in " + file);
        } catch (RuntimeException | Error e) {
            registry.close();
            throw e;
        }
        return new DipContext(config, registry, file);
    }

    /** @return the effective configuration */
    public DipConfig config() {
        return config;
    }

    /** @return the installed providers */
    public PluginRegistry registry() {
        return registry;
    }

    /** @return the configuration file read, or null when only defaults and overrides apply */
    public Path configFile() {
        return configFile;
    }

    /** Closes the plugin registry. */
    @Override
    public void close() {
        registry.close();
    }
}
