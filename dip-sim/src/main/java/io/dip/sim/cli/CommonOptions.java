package io.dip.sim.cli;

import picocli.CommandLine.Mixin;

/**
 * The options shared by commands that run something: {@code --config FILE}, {@code --set KEY=VALUE} and
 * {@code --plugins DIR}. Use it as a picocli {@code @Mixin} and call {@link #openContext()}.
 */
public final class CommonOptions {

    @Mixin
    private ConfigOptions config;

    @Mixin
    private PluginOptions plugins;

    /** @return the configuration options */
    public ConfigOptions config() {
        return config;
    }

    /** @return the plugin options */
    public PluginOptions plugins() {
        return plugins;
    }

    /**
     * Loads the configuration, opens the plugin registry and checks the configuration against the installed
     * providers.
     *
     * @return the context; close it when the command is done
     * @throws io.dip.sim.config.ConfigException for a bad configuration (exit code 2)
     * @throws io.dip.sim.runtime.PluginException for a bad plugin (exit code 2)
     */
    public DipContext openContext() {
        return DipContext.open(config, plugins);
    }
}
